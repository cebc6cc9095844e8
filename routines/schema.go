package routines

import (
	"encoding/json"
	"fmt"
)

// SchemaID names the JSON Schema of routine files.
const SchemaID = "https://backcoach.example/routine.schema.json"

// Schema is the JSON Schema (draft 2020-12) of a routine file, made from
// the fields the parser knows and the limits it checks, so the two cannot
// drift apart: data/routine.schema.json is this, written out, and a test
// says when it is not. Editors that speak the YAML language server read
// it for completion and errors while typing. The parser stays the judge:
// a schema cannot say everything (a range's order, the plan's length).
func Schema() map[string]any {
	text := func(desc string, most int) map[string]any {
		return map[string]any{"type": "string", "minLength": 1, "maxLength": most, "description": desc}
	}
	duration := map[string]any{
		"description": fmt.Sprintf("A time like 30s, 1m30s or 2m, or a number of seconds; above zero, at most %s.", FormatDuration(MaxDuration)),
		"anyOf": []any{
			map[string]any{"type": "number", "exclusiveMinimum": 0, "maximum": MaxDuration.Seconds()},
			map[string]any{"type": "string", "pattern": `^\s*([0-9]+(\.[0-9]+)?(h|m|s|ms))+\s*$|^\s*[0-9]+(\.[0-9]+)?\s*$`},
		},
	}
	exercise := map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"name", "steps", "hold"},
		"properties": map[string]any{
			"name": text("The exercise's name.", MaxNameLen),
			"id": map[string]any{"type": "string", "minLength": 1, "maxLength": MaxNameLen,
				"description": "An id like bird-dog (default: the name in kebab-case)."},
			"steps": map[string]any{"type": "array", "minItems": 1, "maxItems": MaxSteps,
				"items": text("One line of instructions.", MaxTextLen), "description": "The instructions, one line each."},
			"hold": map[string]any{"description": "How long each hold lasts, per rep and side: 30s, or a range like 5-10s.",
				"anyOf": []any{duration, map[string]any{"type": "string", "pattern": `^\s*[0-9.]+[a-z]*\s*-\s*[0-9.]+[a-z]*\s*$`}}},
			"reps": map[string]any{"description": fmt.Sprintf("How many times (default 1): a number, or a range like 3-5; at most %d.", MaxReps),
				"anyOf": []any{
					map[string]any{"type": "integer", "minimum": 1, "maximum": MaxReps},
					map[string]any{"type": "string", "pattern": `^\s*[0-9]+\s*(-\s*[0-9]+\s*)?$`},
				}},
			"sides": map[string]any{"type": "array", "minItems": 1, "maxItems": MaxSides,
				"items": text("A side, like left, or rolling forward.", MaxNameLen), "description": "Each rep is done once per side, in this order."},
			"mode":     map[string]any{"enum": []any{"hold", "move"}, "description": "hold (the default) or move: keep moving for the time, like shoulder rolls."},
			"rest":     duration,
			"prepare":  duration,
			"cue":      text("A short line shown during each hold.", MaxTextLen),
			"position": map[string]any{"enum": []any{string(Floor), string(Chair), string(Standing)}, "description": "Where the exercise is done; it sets the default get-ready time."},
			"mirror":   map[string]any{"type": "boolean", "description": "Mirror the figure and swap left and right (or the swap words) in the steps and cue on the second side (needs two sides)."},
			"swap": map[string]any{"type": "array", "minItems": 2, "maxItems": 2, "items": map[string]any{"type": "string", "pattern": `^\p{L}+(['-]\p{L}+)*$`},
				"description": "What changes in the words on the mirrored side, when it is not left and right: [forward, back] makes forward read back (needs mirror: true)."},
			"setup":   text("What to get into before the first hold (default: the first step).", MaxTextLen),
			"caution": text("A safety note shown apart from the steps.", MaxTextLen),
			"figure": map[string]any{"description": fmt.Sprintf("A drawing of the pose, at most %d lines of %d columns (use |2 to keep leading spaces), or up to %d frames of a movement.", MaxFigureRows, MaxFigureCols, MaxFigureFrames),
				"anyOf": []any{
					map[string]any{"type": "string", "minLength": 1},
					map[string]any{"type": "array", "minItems": 1, "maxItems": MaxFigureFrames, "items": map[string]any{"type": "string", "minLength": 1}},
				}},
		},
	}
	return map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  SchemaID,
		"title":                "backcoach routine",
		"description":          "A routine for backcoach, the terminal coach for back stretches. Check a file with: backcoach validate FILE",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"name", "exercises"},
		"properties": map[string]any{
			"id": map[string]any{"type": "string", "minLength": 1, "maxLength": MaxNameLen,
				"description": "An id like morning (default: the file name without .yaml)."},
			"name":        text("The routine's name.", MaxNameLen),
			"description": text("One line about the routine.", MaxTextLen),
			"rest":        duration,
			"exercises": map[string]any{"type": "array", "minItems": 1, "maxItems": MaxExercises,
				"items": exercise, "description": "The exercises, in order."},
		},
	}
}

// SchemaJSON is Schema, indented, as data/routine.schema.json holds it.
func SchemaJSON() []byte {
	b, err := json.MarshalIndent(Schema(), "", "  ")
	if err != nil {
		panic(err) // a map of plain values always marshals
	}
	return append(b, '\n')
}

package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/backcoach/backcoach/internal/text/words"
)

// newCompletion is `backcoach completion SHELL`: the script that makes
// a shell complete backcoach's commands, flags, routine ids and values.
func newCompletion(env Env) *cobra.Command {
	shells := []string{"bash", "zsh", "fish", "powershell"}
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "the shell completion script for bash, zsh, fish or powershell",
		Long: `Print the script that makes your shell complete backcoach's commands,
flags, routine ids (built-in and yours) and flag values. To have it in
every new shell:

  bash  d=~/.local/share/bash-completion/completions; mkdir -p "$d"
        backcoach completion bash > "$d/backcoach"
  zsh   backcoach completion zsh > "${fpath[1]}/_backcoach"
  fish  backcoach completion fish > ~/.config/fish/completions/backcoach.fish

or, for this shell only: source <(backcoach completion bash). The bash
script works without the bash-completion package too: then put
source <(backcoach completion bash) in ~/.bashrc, as that folder is the
package's.`,
		ValidArgs: shells,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErr("completion wants one shell: %s", words.Or(shells))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			out := newOutput(env.Stdout)
			switch args[0] {
			case "bash":
				_ = root.GenBashCompletionV2(out, true)
				_, _ = io.WriteString(out, bashWithoutPackage)
			case "zsh":
				_ = root.GenZshCompletion(out)
			case "fish":
				_ = root.GenFishCompletion(out, true)
			case "powershell":
				_ = root.GenPowerShellCompletionWithDesc(out)
			default:
				return usageErr("completion: no shell %q; want %s", args[0], words.Or(shells))
			}
			return out.result()
		},
	}
}

// bashWithoutPackage lets cobra's bash script work in a bash without the
// bash-completion package: the script calls its _get_comp_words_by_ref
// and _filedir, and without them a TAB printed "_get_comp_words_by_ref:
// command not found". With the package they are its own, at every TAB.
const bashWithoutPackage = `
# backcoach's own: without the bash-completion package, split the line
# and list files here (cobra's script needs the package for both).
__backcoach_init_completion()
{
    COMPREPLY=()
    if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref "$@" cur prev words cword
        return
    fi
    local line=${COMP_LINE:0:COMP_POINT}
    read -r -a words <<< "$line"
    [[ $line == *[[:space:]] || ${#words[@]} -eq 0 ]] && words+=("")
    cword=$(( ${#words[@]} - 1 ))
    cur=${words[cword]}
    prev=${words[cword-1]-}
}
if ! declare -F _filedir >/dev/null 2>&1; then
_filedir()
{
    local f ext IFS=$'\n'
    for f in $(compgen -f -- "$cur"); do
        if [[ -d $f ]]; then COMPREPLY+=("$f/"); continue; fi
        for ext in ${1//|/$'\n'}; do
            [[ $f == *.$ext ]] && COMPREPLY+=("$f")
        done
        [[ -z $1 ]] && COMPREPLY+=("$f")
    done
}
fi
`

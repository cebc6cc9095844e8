package cli

import (
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

  bash  backcoach completion bash > ~/.local/share/bash-completion/completions/backcoach
  zsh   backcoach completion zsh > "${fpath[1]}/_backcoach"
  fish  backcoach completion fish > ~/.config/fish/completions/backcoach.fish

or, for this shell only: source <(backcoach completion bash)`,
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

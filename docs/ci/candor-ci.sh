#!/bin/sh
# Candor in CI: the one script that the GitHub Actions workflow and the GitLab CI job both call,
# so what the recipes run is what Candor's own test suite runs.
#
#   candor-ci.sh check [OPTION...]   validate every notice, then check them and write the report
#                                    as SARIF to candor.sarif (options go to check: --strict)
#   candor-ci.sh diff BASE_REF       for each notice changed between BASE_REF and HEAD, what
#                                    changed, as Markdown in candor-diff.md, also added to
#                                    $GITHUB_STEP_SUMMARY when it is set; exit 1 on a material
#                                    change
#   candor-ci.sh site [OPTION...]    build the notice site with every version from git history
#
# CANDOR names the candor command (default: candor on PATH); it is split at spaces, so
# CANDOR="java -jar candor.jar" works. The notices are the *.yaml files directly in the folder
# that candor.yaml's `notices:` names (candor.yaml in this folder or the nearest parent), else in
# notices/. Exit codes are candor's: 0 ok, 1 findings (a check error, a material change), 2 bad
# input or usage, 3 I/O. A shallow clone is candor's exit 2, with the hint to fetch the history.
set -u

CANDOR=${CANDOR:-candor}

run_candor() {
  # shellcheck disable=SC2086 # CANDOR is a command line on purpose
  $CANDOR "$@"
}

say() { printf 'candor-ci: %s\n' "$*" >&2; }

usage() {
  say "usage: candor-ci.sh check [OPTION...] | diff BASE_REF | site [OPTION...]"
  exit 2
}

# The notices folder: candor.yaml's `notices:`, relative to the folder holding candor.yaml.
notices_dir() {
  up=.
  while :; do
    if [ -f "$up/candor.yaml" ]; then
      value=$(sed -n 's/^notices:[[:space:]]*//p' "$up/candor.yaml" | head -n 1 \
        | sed -e 's/[[:space:]]#.*$//' -e 's/[[:space:]]*$//' -e "s/^[\"']//" -e "s/[\"']\$//")
      [ -n "$value" ] || value=notices
      case $value in
        /*) printf '%s\n' "$value" ;;
        *) if [ "$up" = . ]; then printf '%s\n' "$value"; else printf '%s\n' "$up/$value"; fi ;;
      esac
      return
    fi
    [ "$(cd "$up" && pwd -P)" = / ] && break
    if [ "$up" = . ]; then up=..; else up=$up/..; fi
  done
  printf '%s\n' notices
}

run_check() {
  run_candor validate || exit $?
  run_candor check --format sarif --out candor.sarif "$@"
  exit $?
}

run_site() {
  run_candor site --git-history "$@"
  exit $?
}

run_diff() {
  [ $# -eq 1 ] && [ -n "$1" ] || usage
  base=$1
  summary=candor-diff.md
  notices=$(notices_dir)
  if [ ! -d "$notices" ]; then
    say "there is no notices folder '$notices' (set notices: in candor.yaml)"
    exit 2
  fi
  err=$(mktemp) || exit 3
  report=$(mktemp) || exit 3
  trap 'rm -f "$err" "$report"' EXIT
  status=0
  material=0
  changed=0
  printf '# Privacy notices: changes since `%s`\n\n' "$base" >"$summary"
  for file in "$notices"/*.yaml; do
    [ -f "$file" ] || continue
    git diff --quiet "$base" HEAD -- "$file" 2>/dev/null
    case $? in
      0) continue ;; # unchanged
      1) # changed; a notice with no version at BASE_REF is new
        if ! git cat-file -e "$base:./$file" 2>/dev/null; then
          printf -- '- `%s` is new: there is no earlier version to compare it with.\n\n' \
            "$file" >>"$summary"
          say "$file: new since $base"
          changed=$((changed + 1))
          continue
        fi ;;
      *) ;; # git cannot compare (an unknown BASE_REF, a shallow clone): candor explains why
    esac
    changed=$((changed + 1))
    run_candor diff "$file@$base" "$file" --format md --fail-on material >"$report" 2>"$err"
    code=$?
    cat "$err" >&2
    case $code in
      0 | 1)
        cat "$report" >>"$summary"
        printf '\n' >>"$summary"
        if [ $code -eq 1 ]; then
          material=$((material + 1))
          say "$file: material changes since $base; people must be told (see $summary)"
        else
          say "$file: no material change since $base"
        fi ;;
      *)
        {
          printf 'Candor could not compare `%s` with `%s` (exit %s):\n\n' "$file" "$base" "$code"
          printf '~~~~ text\n'
          cat "$err"
          printf '~~~~\n\n'
        } >>"$summary"
        [ $status -ne 0 ] || status=$code ;;
    esac
  done
  # A notice at BASE_REF that HEAD no longer has.
  for file in $(git ls-tree --name-only "$base" -- "$notices/" 2>/dev/null); do
    case $file in *.yaml) ;; *) continue ;; esac
    if [ ! -e "$file" ]; then
      printf -- '- `%s` was removed: its notice is no longer published.\n\n' "$file" >>"$summary"
      say "$file: removed since $base"
      changed=$((changed + 1))
    fi
  done
  if [ $changed -eq 0 ]; then
    printf 'No notice in `%s` changed.\n\n' "$notices" >>"$summary"
    say "no notice in $notices changed since $base"
  fi
  if [ $status -eq 0 ] && [ $material -gt 0 ]; then
    printf '**%s notice(s) with material changes: tell people before the changes take effect.**\n' \
      "$material" >>"$summary"
    status=1
  fi
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$summary" >>"$GITHUB_STEP_SUMMARY"
  fi
  exit $status
}

[ $# -ge 1 ] || usage
command=$1
shift
case $command in
  check) run_check "$@" ;;
  diff) run_diff "$@" ;;
  site) run_site "$@" ;;
  *) usage ;;
esac

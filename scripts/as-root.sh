# Sourced by the set-up scripts: `as_root CMD...` runs CMD as root (directly, or through
# passwordless sudo), or stops with a message naming `$who` (set by the caller).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif sudo -n true 2>/dev/null; then sudo -n "$@"
  else echo "$who: '$*' needs root; run it once by hand (or make sudo passwordless)" >&2; exit 1
  fi
}

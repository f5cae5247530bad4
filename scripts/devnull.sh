#!/usr/bin/env bash
# Makes sure /dev/null is the null device. Seen in CI and on a shared machine: /dev/null
# had become a plain file, and cargo's probe of the wasm target (`rustc -` reading
# /dev/null) compiled whatever earlier commands had written into it, and failed. Run
# before every wasm build; puts the device back when it can, else empties the file.
if [ -c /dev/null ]; then exit 0; fi
echo "devnull: /dev/null is not the null device; recreating it" >&2
if [ "$(id -u)" = 0 ]; then run() { "$@"; } else run() { sudo -n "$@"; }; fi
if ! { run rm -f /dev/null && run mknod -m 666 /dev/null c 1 3; } 2>/dev/null; then
  echo "devnull: cannot recreate /dev/null; emptying it instead" >&2
  : > /dev/null
fi

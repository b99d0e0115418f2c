# Headless Chromium: the HTML load report test renders the report in it and checks the charts drew.
# Sourced by test.sh, which provides apt_install.

chromium_install() {
  apt_install chromium
}

chromium_start() { # nothing runs in the background; the tests find the binary through this variable
  [ -x /usr/bin/chromium ] || return 1
  export MYNUMBER_CHROMIUM=/usr/bin/chromium
}

chromium_stop() {
  unset MYNUMBER_CHROMIUM
}

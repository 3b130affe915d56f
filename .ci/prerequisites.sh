#!/usr/bin/env bash
# Installs what ClassicCv needs beyond the .NET SDK, only when it is missing. Sourced by run.sh and test.sh.
# OpenCvSharp's native library (OpenCvSharp4.official.runtime.linux-x64) links against GTK 3.

classiccv_apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

classiccv_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET 10 SDK ('dotnet') is not on PATH; install it first (see README.md)." >&2
    return 1
  fi
  classiccv_apt_install libgtk-3-0 "$@"
}

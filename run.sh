#!/usr/bin/env bash
# Builds ClassicCv in Release and runs the classiccv command line; with no arguments, the default experiment
# ('classiccv run': HOG and raw pixels × linear SVM and logistic regression on the embedded digits dataset).
set -euo pipefail
cd "$(dirname "$0")"
. .ci/prerequisites.sh
classiccv_prerequisites
dotnet build src/ClassicCv.Cli/ClassicCv.Cli.csproj -c Release -nologo -v quiet -clp:ErrorsOnly >&2
if [ $# -eq 0 ]; then
  set -- run
fi
exec dotnet src/ClassicCv.Cli/bin/Release/net10.0/classiccv.dll "$@"

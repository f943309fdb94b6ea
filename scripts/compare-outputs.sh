#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Writes every output Rolemap makes from the corpus and the sample into OUTDIR, so that a restructuring
# can be proven to change no byte:  scripts/compare-outputs.sh OLD_BIN old && scripts/compare-outputs.sh NEW_BIN new && diff -r old new
# (coverage text/JSON/Markdown, SARIF, check against IAM data, policies, explain, every export format).
set -uo pipefail
BIN=$(realpath "$1"); OUT=$2; rm -rf "$OUT"; mkdir -p "$OUT"
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen TZ=UTC
C=${ROLEMAP_SHARED_DIR:-../shared}/corpus
i=0
for f in $C/taskdefs/*.json $C/describe/*.json $C/odd/*; do
  i=$((i+1)); b=$OUT/c$i
  for fmt in json text markdown; do $BIN coverage --launch-type all --format $fmt "$f" > $b.cov.$fmt 2>&1; echo "rc=$?" >> $b.cov.$fmt; done
  $BIN check --format sarif "$f" > $b.sarif 2>&1; echo "rc=$?" >> $b.sarif
  $BIN check --format text --region eu-west-1 "$f" $C/iam/duo-labs__cloudmapper__account-data__demo__us-east-1__iam-get-account-authorization-details.json > $b.checkiam 2>&1; echo "rc=$?" >> $b.checkiam
  for r in execution task instance; do $BIN policy --role $r --format json "$f" > $b.pol.$r 2>&1; echo "rc=$?" >> $b.pol.$r; done
done
$BIN policy --role task --format cloudformation $C/taskdefs/aws-samples__aws-containers-task-definitions__nginx__nginx_fargate.json > $OUT/pol.cfn 2>&1
$BIN policy --role execution --format terraform $C/taskdefs/aws-samples__aws-containers-task-definitions__nginx__nginx_fargate.json > $OUT/pol.tf 2>&1
for lt in all EC2 FARGATE; do for fmt in text json markdown; do $BIN explain --launch-type $lt --format $fmt > $OUT/explain.$lt.$fmt 2>&1; done; done
S=resources/samples/sample.rolemap.json
for fmt in svg png pdf dot mermaid drawio markdown csv; do
  for lt in EC2 FARGATE; do
    $BIN export --format $fmt --launch-type $lt -o $OUT/sample.$lt.$fmt $S > $OUT/sample.$lt.$fmt.log 2>&1
    $BIN export --format $fmt --launch-type $lt --redact -o $OUT/sampler.$lt.$fmt $S > /dev/null 2>&1
  done
  $BIN export --format $fmt -o $OUT/efs.$fmt $C/taskdefs/aws__amazon-ecs-agent__agent__functional_tests__testdata__taskdefinitions__task-efs-vol-read__task-definition.json >/dev/null 2>&1
done
$BIN coverage --format json $S > $OUT/sample.cov.json 2>&1
$BIN --help > $OUT/help 2>&1
for s in coverage check policy export explain; do $BIN $s --help > $OUT/help.$s 2>&1; done

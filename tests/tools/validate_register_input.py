#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Validates JSON files against the RegisterTaskDefinition input shape of the ECS service model in
Debian's python3-botocore. Prints one line per file ("ok FILE" or "invalid FILE: reason") and exits
1 when any file is invalid, 2 when botocore is missing."""
import json
import sys

try:
    import botocore.session
    from botocore.validate import ParamValidator
except ImportError:
    print("botocore is not installed (apt-get install python3-botocore)")
    sys.exit(2)

model = botocore.session.get_session().get_service_model("ecs")
shape = model.operation_model("RegisterTaskDefinition").input_shape
validator = ParamValidator()
failed = False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        params = json.load(f)
    report = validator.validate(params, shape)
    if report.has_errors():
        failed = True
        print("invalid %s: %s" % (path, report.generate_report().replace("\n", " ")))
    else:
        print("ok %s" % path)
sys.exit(1 if failed else 0)

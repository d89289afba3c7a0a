"""A small valid tree as text, for tests that need one to break or walk."""

from __future__ import annotations

BASE = """\
id: sample
title: Sample decision
category: Storage
summary: A small tree for tests.
version: "1.0"
as_of: 2026-11-26
keywords: [sample, test]
start: shared
comparison:
  - id: cost
    label: Cost
questions:
  - id: shared
    prompt: Must several servers share the data?
    help: Sharing means reading and writing at the same time.
    options:
      - id: many
        label: Several servers
        detail: The files are shared.
        next: files
      - id: one
        label: One server
        detail: Only one server uses it.
        next: speed
  - id: speed
    prompt: How fast must it be?
    options:
      - id: fast
        label: As fast as possible
        detail: Latency matters most.
        next: block_fast
      - id: normal
        label: Normal speed
        detail: Typical web workloads.
        next: block
outcomes:
  - id: files
    title: Shared file system
    summary: Use a shared file system.
    provenance: notes
    reasons:
      - text: Several servers need the same files.
        because: [shared]
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html
    as_of: 2026-11-26
    compare: {cost: higher}
    sketch:
      nodes: [{id: fs, kind: efs}]
  - id: block_fast
    title: Fast block storage
    summary: Use provisioned IOPS.
    provenance: current
    reasons: [Latency matters most.]
    caveats: [It costs more.]
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html
    as_of: 2026-11-26
    compare: {cost: high}
    sketch:
      nodes: [{id: vol, kind: ebs}]
  - id: block
    title: General block storage
    summary: Use general purpose SSD.
    provenance: current
    reasons:
      - text: One server and normal speed suit general purpose volumes.
        because: [shared, speed]
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html
    as_of: 2026-11-26
    compare: {cost: low}
    sketch:
      groups: [{id: az, kind: az, label: Availability Zone}]
      nodes:
        - {id: vm, kind: ec2, group: az}
        - {id: vol, kind: ebs, group: az}
      edges: [{from: vm, to: vol, label: attached}]
"""

REASONED = (
    BASE.replace(
        "        detail: The files are shared.\n        next: files\n",
        "        detail: The files are shared.\n        next: files\n"
        "        rules_out:\n"
        "          - outcomes: [block_fast, block]\n"
        "            reason: Several servers must share the data; a block volume serves one.\n",
    )
    .replace(
        "        detail: Only one server uses it.\n        next: speed\n",
        "        detail: Only one server uses it.\n        next: speed\n"
        "        rules_out:\n"
        "          - outcomes: [files]\n"
        "            reason: Only one server uses the data, so nothing needs sharing.\n",
    )
    .replace(
        "        detail: Latency matters most.\n        next: block_fast\n",
        "        detail: Latency matters most.\n        next: block_fast\n"
        "        rules_out:\n"
        "          - outcomes: [block]\n"
        "            reason: You need the lowest latency; general purpose is not built for it.\n",
    )
    .replace(
        "        detail: Typical web workloads.\n        next: block\n",
        "        detail: Typical web workloads.\n        next: block\n"
        "        rules_out:\n"
        "          - outcomes: [block_fast]\n"
        "            reason: Normal speed is enough; provisioned IOPS would cost more.\n",
    )
)
"""``BASE`` with an authored reason for every exclusion on every path."""

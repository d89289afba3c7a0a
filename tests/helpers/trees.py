"""Small trees as YAML text, for tests that need one to break, walk or draw."""

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

MAP_OUTCOME = """\
  - id: {id}
    title: {title}
    summary: Do this.
    provenance: notes
    reasons: [It fits.]
    sources:
      - title: Guide
        url: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html
    as_of: 2026-11-26
    sketch:
      groups: [{{id: vpc, kind: vpc, label: VPC}}]
      nodes:
        - {{id: app, kind: ec2, label: Application, group: vpc}}
        - {{id: disk, kind: ebs, group: vpc}}
      edges: [{{from: app, to: disk, label: reads and writes}}]
"""

DAG_YAML = (
    """\
id: dag
title: Choose storage
category: Storage
summary: A small DAG with a shared question and a shared outcome.
version: "1.0"
as_of: 2026-11-26
keywords: [storage]
start: start
questions:
  - id: start
    prompt: Must several servers read and write the same files at the same time, from \
different Availability Zones, without any of them waiting for the others?
    options:
      - {id: many, label: Several servers share the files, detail: Shared., next: files}
      - {id: one, label: One server, detail: One., next: speed}
      - {id: unsure, label: Not sure yet, detail: Unsure., next: budget}
  - id: budget
    prompt: Is the budget tight?
    options:
      - {id: tight, label: Tight, detail: Tight., next: block}
      - {id: generous, label: Generous, detail: Generous., next: speed}
  - id: speed
    prompt: How fast must it be?
    options:
      - {id: fast, label: As fast as possible, detail: Fast., next: block_fast}
      - {id: normal, label: Normal speed, detail: Normal., next: block}
outcomes:
"""
    + MAP_OUTCOME.format(id="files", title="Shared file system")
    + MAP_OUTCOME.format(id="block_fast", title="Provisioned IOPS volume")
    + MAP_OUTCOME.format(id="block", title="General purpose volume")
)
"""Pre-order of the unfolded map:

    n0 start ─ many → n1 files
             ─ one → n2 speed ─ fast → n3 block_fast
                              ─ normal → n4 block
             ─ unsure → n5 budget ─ tight → n6 block (same as n4)
                                  ─ generous → n7 speed (same as n2) ─ fast → n8 (n3)
                                                                     ─ normal → n9 (n4)
"""

"""Every validation rule: a broken copy of a valid tree and the exact message a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.tree.loader import MAX_FILE_BYTES, load_tree, load_tree_text
from tests.helpers.trees import BASE

# Every message is pinned with libyaml and with the pure-Python fallback alike.
pytestmark = pytest.mark.usefixtures("each_yaml_loader")

# case name: (replacements applied to BASE, the exact problems reported)
CASES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "syntax_error": (
        [("    prompt: How fast must it be?", "    prompt: [How fast")],
        ["syntax_error.yaml:27:12: YAML syntax error: did not find expected ',' or ']'"],
    ),
    "duplicate_key": (
        [("    title: Shared file system\n", "    title: Shared file system\n    title: Again\n")],
        [
            "duplicate_key.yaml:39:5: outcome 'files': duplicate key 'title'; each key may appear once"
        ],
    ),
    "unknown_field": (
        [("    prompt: How fast must it be?", "    promt: How fast must it be?")],
        [
            "unknown_field.yaml:25:5: question 'speed': missing required field 'prompt'",
            "unknown_field.yaml:26:5: question 'speed': unknown field 'promt' (did you mean 'prompt'?); expected one of: id, prompt, options, help",
        ],
    ),
    "missing_field": (
        [("    summary: Use provisioned IOPS.\n", "")],
        ["missing_field.yaml:51:5: outcome 'block_fast': missing required field 'summary'"],
    ),
    "wrong_type": (
        [("keywords: [sample, test]", "keywords: sample")],
        ["wrong_type.yaml:7:11: tree 'sample': keywords: got text; expected a list"],
    ),
    "yaml11_boolean": (
        [("        label: One server", "        label: No")],
        [
            "yaml11_boolean.yaml:22:16: option 'one': label: unquoted 'No' is read by YAML as a boolean, not text; put it in quotes: \"No\""
        ],
    ),
    "unquoted_version": (
        [('version: "1.0"', "version: 1.10")],
        [
            "unquoted_version.yaml:5:10: tree 'sample': version: unquoted '1.10' is read by YAML as a number, not text; put it in quotes: \"1.10\""
        ],
    ),
    "duplicate_id": (
        [("  - id: block_fast", "  - id: speed")],
        [
            "duplicate_id.yaml:31:15: option 'fast': next 'block_fast' is not the id of any question or outcome",
            "duplicate_id.yaml:51:9: duplicate id 'speed'; first defined at line 25",
        ],
    ),
    "next_nowhere": (
        [("        next: block_fast", "        next: blok_fast")],
        [
            "next_nowhere.yaml:31:15: option 'fast': next 'blok_fast' is not the id of any question or outcome"
        ],
    ),
    "missing_next": (
        [("        next: block_fast\n", "")],
        ["missing_next.yaml:28:9: option 'fast': missing required field 'next'"],
    ),
    "second_start": (
        [("        next: speed", "        next: block")],
        [
            "second_start.yaml:25:9: question 'speed': no option leads here, so it would be a second start; a tree has one start ('shared')",
            "second_start.yaml:51:9: outcome 'block_fast': cannot be reached from the start",
        ],
    ),
    "cycle": (
        [("        next: block_fast", "        next: shared")],
        [
            "cycle.yaml:31:15: option 'fast': next 'shared' closes a cycle (shared -> speed -> shared); a tree must never lead back to an earlier question"
        ],
    ),
    "unreachable_outcome": (
        [("        next: block_fast", "        next: block")],
        ["unreachable_outcome.yaml:51:9: outcome 'block_fast': cannot be reached from the start"],
    ),
    "start_missing": (
        [("start: shared", "start: sharing")],
        ["start_missing.yaml:8:8: start: no question has the id 'sharing'"],
    ),
    "start_at_outcome": (
        [("start: shared", "start: files")],
        ["start_at_outcome.yaml:8:8: start: 'files' is an outcome; expected a question"],
    ),
    "one_option": (
        [
            (
                "      - id: normal\n        label: Normal speed\n        detail: Typical web workloads.\n        next: block\n",
                "",
            )
        ],
        ["one_option.yaml:28:7: question 'speed': options: has 1; needs at least 2"],
    ),
    "duplicate_label": (
        [("        label: Normal speed", "        label: as fast as  possible")],
        [
            "duplicate_label.yaml:33:16: question 'speed': duplicate option label 'as fast as  possible'; first used at line 29"
        ],
    ),
    "duplicate_option_id": (
        [("      - id: normal", "      - id: fast")],
        [
            "duplicate_option_id.yaml:32:13: question 'speed': duplicate option id 'fast'; first defined at line 28"
        ],
    ),
    "no_reason": (
        [("    reasons: [Latency matters most.]", "    reasons: []")],
        ["no_reason.yaml:55:14: outcome 'block_fast': reasons: has 0; needs at least 1"],
    ),
    "no_source": (
        [
            (
                "    sources:\n      - title: Guide\n        url: https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html\n",
                "",
            )
        ],
        ["no_source.yaml:51:5: outcome 'block_fast': missing required field 'sources'"],
    ),
    "http_url": (
        [("https://docs.aws.amazon.com/efs", "http://docs.aws.amazon.com/efs")],
        [
            "http_url.yaml:46:14: outcome 'files': sources[1]: url: 'http://docs.aws.amazon.com/efs/latest/ug/whatisefs.html' is not an https:// address"
        ],
    ),
    "python_tag": (
        [
            (
                "    summary: Use provisioned IOPS.",
                "    summary: !!python/object/apply:os.system [echo hacked]",
            )
        ],
        [
            "python_tag.yaml:53:14: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in a tree file"
        ],
    ),
    "custom_tag": (
        [("    summary: Use provisioned IOPS.", "    summary: !include other.yaml")],
        ["custom_tag.yaml:53:14: YAML tag '!include' is not allowed in a tree file"],
    ),
    "alias": (
        [("    caveats: [It costs more.]", "    caveats: &c [It costs more.]\n    changed: *c")],
        ["alias.yaml:56:14: YAML aliases (*name) are not allowed; write the value out"],
    ),
    "bad_date": (
        [("as_of: 2026-11-26\nkeywords", "as_of: 2026-13-40\nkeywords")],
        ["bad_date.yaml:6:8: tree 'sample': as_of: '2026-13-40' is not a real date"],
    ),
    "empty_text": (
        [("    summary: Use general purpose SSD.", '    summary: "  "')],
        ["empty_text.yaml:66:14: outcome 'block': summary: is empty; expected text"],
    ),
    "bad_provenance": (
        [("    provenance: notes", "    provenance: folklore")],
        [
            "bad_provenance.yaml:40:17: outcome 'files': provenance: got text 'folklore'; expected one of: notes, current"
        ],
    ),
    "bad_id": (
        [("  - id: block_fast", "  - id: Block-Fast")],
        [
            "bad_id.yaml:51:9: outcome 'Block-Fast': id: 'Block-Fast' is not an id (lower-case letters, digits and _, starting with a letter)"
        ],
    ),
    "compare_missing": (
        [("    compare: {cost: high}", "    compare: {price: high}")],
        [
            "compare_missing.yaml:61:14: outcome 'block_fast': compare is missing 'cost'",
            "compare_missing.yaml:61:14: outcome 'block_fast': compare names 'price'; the tree's comparison has no such criterion",
        ],
    ),
    "sketch_bad_ref": (
        [
            (
                "      edges: [{from: vm, to: vol, label: attached}]",
                "      edges: [{from: vm, to: disk, label: attached}]",
            )
        ],
        ["sketch_bad_ref.yaml:81:30: outcome 'block': sketch: to 'disk' is not a node"],
    ),
    "sketch_groups_in_a_cycle": (
        [
            (
                "      groups: [{id: az, kind: az, label: Availability Zone}]",
                "      groups:\n"
                "        - {id: region, kind: region}\n"
                "        - {id: vpc, kind: vpc, parent: az}\n"
                "        - {id: az, kind: az, parent: subnet}\n"
                "        - {id: subnet, kind: subnet, parent: vpc}",
            )
        ],
        [
            "sketch_groups_in_a_cycle.yaml:79:40: outcome 'block': sketch: groups nest in a "
            "cycle: vpc -> az -> subnet -> vpc"
        ],
    ),
    "because_bad_ref": (
        [("        because: [shared, speed]", "        because: [shared, sped]")],
        ["because_bad_ref.yaml:70:18: outcome 'block': because 'sped' is not the id of a question"],
    ),
    "sketch_unknown_kind": (
        [("kind: efs}", "kind: nfs}")],
        [
            "sketch_unknown_kind.yaml:50:30: sketch node 'fs': kind: got text 'nfs'; expected one of: users, internet, on_premises, route53, cloudfront, global_accelerator, alb, nlb, gwlb, clb, appliance, ec2, asg, spot, dedicated_host, lambda, fargate, ecs, eks, beanstalk, ebs, instance_store, efs, fsx, s3, glacier, backup, snapshot, rds, aurora, elasticache, dynamodb, api_gateway, sqs, sns, eventbridge, step_functions, kinesis, cognito, iam, kms, secrets_manager, waf, nat_gateway, internet_gateway, vpc_endpoint, eni, elastic_ip, cloudwatch, billing, directory"
        ],
    ),
}


def _broken(replacements: list[tuple[str, str]]) -> str:
    text = BASE
    for old, new in replacements:
        assert old in text, f"fixture no longer matches the base tree: {old!r}"
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_file_is_rejected_with_exact_message(case: str, tmp_path: Path) -> None:
    replacements, expected = CASES[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(_broken(replacements), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    assert [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems] == expected


def test_the_base_tree_itself_is_valid() -> None:
    tree = load_tree_text(BASE, "base.yaml")
    assert [q.id for q in tree.questions] == ["shared", "speed"]
    assert tree.outcome("block") is not None
    assert len(tree.content_hash) == 64


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    assert str(info.value) == f"{path}:1:1: file is empty; expected a decision tree"


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(BASE + "#" * MAX_FILE_BYTES, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    size = path.stat().st_size
    assert str(info.value) == (
        f"{path}:1:1: file is {size:,} bytes; a tree file may be at most 524,288 bytes"
    )


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(BASE.replace("A small tree", "Caf\xe9 tree").encode("latin-1"))
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    assert str(info.value) == f"{path}:1:1: file is not UTF-8 text (invalid continuation byte)"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    assert str(info.value) == f"{path}:1:1: cannot read file: No such file or directory"


def test_python_tag_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = BASE.replace(
        "    summary: Use provisioned IOPS.",
        f"    summary: !!python/object/apply:os.system ['touch {marker}']",
    )
    with pytest.raises(DataFileError):
        load_tree_text(text, "evil.yaml")
    assert not marker.exists()


def test_all_problems_are_reported_at_once() -> None:
    text = _broken(
        [
            ("    prompt: How fast must it be?", "    promt: x"),
            ("        label: One server", "        label: off"),
        ]
    )
    with pytest.raises(DataFileError) as info:
        load_tree_text(text, "two.yaml")
    assert len(info.value.problems) == 3

"""Every CLI command and exit code, run through the real entry point."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aws_advisor.cli.main import main
from aws_advisor.core.resources import shipped_tree_dir
from tests.helpers.content import AWAITING_REASONS
from tests.helpers.trees import BASE, REASONED


@pytest.fixture
def trees(tmp_path: Path) -> Path:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "sample.yaml").write_text(REASONED, encoding="utf-8")
    return folder


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_list_shows_shipped_and_user_trees(trees: Path) -> None:
    code, out, err = run("list", "--trees", str(trees), "--no-user-trees")
    assert code == 0, err
    assert "Storage" in out and "sample" in out and "(user tree)" in out


def test_list_json(trees: Path) -> None:
    code, out, _ = run("list", "--json", "--trees", str(trees), "--no-user-trees")
    assert code == 0
    data = json.loads(out)
    sample = next(t for t in data["trees"] if t["id"] == "sample")
    assert sample == {
        "id": "sample",
        "title": "Sample decision",
        "category": "Storage",
        "summary": "A small tree for tests.",
        "version": "1.0",
        "as_of": "2026-11-26",
        "origin": "user",
        "file": str(trees / "sample.yaml"),
    }
    assert data["problems"] == []


def test_list_reports_a_user_tree_that_reuses_a_shipped_id(trees: Path) -> None:
    (trees / "copy.yaml").write_text(BASE, encoding="utf-8")
    code, out, err = run("list", "--json", "--trees", str(trees), "--no-user-trees")
    assert code == 1
    assert json.loads(out)["problems"] == [
        f"{trees / 'sample.yaml'}:1:5: tree id 'sample' is already used by "
        f"{trees / 'copy.yaml'}; this file is ignored until it gets an id of its own"
    ]
    assert "already used" in err


def test_validate_files_and_folders(trees: Path) -> None:
    code, out, _ = run("validate", str(trees))
    assert (code, out) == (0, "1 tree file valid\n")
    bad = trees / "bad.yaml"
    bad.write_text(REASONED.replace("start: shared", "start: nowhere"), encoding="utf-8")
    code, out, err = run("validate", str(trees))
    assert code == 1
    assert err == f"{bad}:8:8: start: no question has the id 'nowhere'\n"
    assert out == "1 of 2 tree files invalid (1 problems)\n"


def test_validate_reports_each_exclusion_left_without_a_reason(trees: Path) -> None:
    (trees / "sample.yaml").write_text(BASE, encoding="utf-8")
    code, out, err = run("validate", str(trees))
    assert code == 1
    assert out == "1 of 1 tree files invalid (4 problems)\n"
    first = err.splitlines()[0]
    assert first.startswith(f"{trees / 'sample.yaml'}:17:13: option 'many': no reason why not ")
    assert "'block', 'block_fast' on the paths to 'files' (for example shared=many)" in first


@pytest.mark.xfail(
    bool(AWAITING_REASONS), strict=True, reason="issue 12: some shipped trees lack reasons"
)
def test_validate_default_is_every_known_tree(trees: Path) -> None:
    code, out, err = run("validate", "--trees", str(trees), "--no-user-trees")
    assert code == 0, err
    count = len(list(shipped_tree_dir().glob("*.yaml"))) + 1
    bank = len(list((shipped_tree_dir().parent / "practice").glob("*.yaml")))
    assert (
        out == f"{count} tree files valid; {bank} practice file{'s' if bank != 1 else ''} valid\n"
    )


def test_validate_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path / "missing.yaml"))
    assert code == 2
    assert "no such file or folder" in err


def test_recommend_text(trees: Path) -> None:
    code, out, err = run(
        "recommend",
        "sample",
        "--trees",
        str(trees),
        "--no-user-trees",
        "--answer",
        "shared=one",
        "--answer",
        "speed=normal",
    )
    assert code == 0, err
    assert out.startswith("Recommendation: General block storage\n")
    assert "Why not the others:" in out
    assert "  - Fast block storage: Normal speed is enough; provisioned IOPS would" in out
    assert "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html" in out


def test_recommend_json(trees: Path) -> None:
    code, out, _ = run(
        "recommend",
        "sample",
        "--json",
        "--trees",
        str(trees),
        "--no-user-trees",
        "--answer",
        "shared=one",
        "--answer",
        "speed=fast",
    )
    assert code == 0
    data = json.loads(out)
    assert data["outcome"]["id"] == "block_fast"
    assert [w["outcome"] for w in data["why_not"]] == ["files", "block"]
    assert data["path"][0] == {
        "question": "shared",
        "prompt": "Must several servers share the data?",
        "option": "one",
        "label": "One server",
    }


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["shared=two"], "'two' is not an option of question 'shared'; valid options: many, one"),
        (
            ["shared=one"],
            "question 'speed' (How fast must it be?) has no answer; add --answer "
            "speed=OPTION with one of: fast, normal",
        ),
        (["shared=many", "speed=fast"], "not on the path the others lead to: speed=fast"),
    ],
)
def test_recommend_answers_that_do_not_fit(trees: Path, answers: list[str], message: str) -> None:
    argv = ["recommend", "sample", "--trees", str(trees), "--no-user-trees"]
    for a in answers:
        argv += ["--answer", a]
    code, _, err = run(*argv)
    assert code == 1
    assert message in err


def test_recommend_usage_errors(trees: Path) -> None:
    code, _, err = run(
        "recommend", "sample", "--trees", str(trees), "--no-user-trees", "--answer", "shared"
    )
    assert code == 2 and "expected QUESTION_ID=OPTION_ID" in err
    code, _, err = run("recommend", "nosuch", "--trees", str(trees), "--no-user-trees")
    assert code == 2 and "no tree with id 'nosuch'" in err
    code, _, err = run("recommend")
    assert code == 2 and "required" in err


def test_paths(trees: Path) -> None:
    code, out, _ = run("paths", "sample", "--trees", str(trees), "--no-user-trees")
    assert code == 0
    assert out.splitlines()[0].split() == ["files", "shared=many"]
    code, out, _ = run("paths", "sample", "--json", "--trees", str(trees), "--no-user-trees")
    assert json.loads(out)["paths"][1] == {
        "answers": ["shared=one", "speed=fast"],
        "outcome": "block_fast",
    }


def test_ask_walks_with_numbers_back_and_bad_input(trees: Path) -> None:
    code, out, _ = run(
        "ask", "sample", "--trees", str(trees), "--no-user-trees", stdin="2\nb\n7\nx\n2\n2\n"
    )
    assert code == 0
    assert "Please type a number from 1 to 2, b or q." in out
    assert out.count("\n2. How fast must it be?") == 2  # asked again after going back
    assert "Recommendation: General block storage" in out


def test_ask_offers_to_change_an_answer_start_again_or_quit(trees: Path) -> None:
    code, out, _ = run(
        "ask", "sample", "--trees", str(trees), "--no-user-trees", stdin="2\n2\n9\n2\n1\ns\n1\nq\n"
    )
    assert code == 0
    assert "Your answers:\n  1. Must several servers share the data?\n     -> One server\n" in out
    assert "Type the number of an answer (1 to 2) to change it, s to start again, or q" in out
    assert "Please type a number from 1 to 2, s or q." in out
    pages = out.split("Recommendation: ")
    assert [p.split("\n")[0] for p in pages[1:]] == [
        "General block storage",
        "Fast block storage",  # answer 2 changed to "As fast as possible"
        "Shared file system",  # started again, answered "Several servers"
    ]


def test_ask_quit_and_end_of_input(trees: Path) -> None:
    code, out, _ = run("ask", "sample", "--trees", str(trees), "--no-user-trees", stdin="q\n")
    assert code == 0 and "Stopped before a recommendation." in out
    code, out, _ = run("ask", "sample", "--trees", str(trees), "--no-user-trees", stdin="")
    assert code == 0 and "Stopped before a recommendation." in out


def test_user_tree_folder_is_found_in_the_app_data_location(user_dirs: Path) -> None:
    folder = user_dirs / "xdg_data_home" / "aws-advisor" / "aws-advisor" / "trees"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(BASE.replace("id: sample", "id: mine"), encoding="utf-8")
    code, out, _ = run("list", "--json")
    assert code == 0
    assert "mine" in {t["id"] for t in json.loads(out)["trees"]}


def test_schema_command_prints_the_shipped_schema(tmp_path: Path) -> None:
    code, out, _ = run("schema")
    assert code == 0
    shipped = Path(__file__).parents[2] / "resources" / "schema" / "tree.schema.json"
    assert out == shipped.read_text(encoding="utf-8"), "regenerate: aws-advisor schema --out ..."
    assert json.loads(out)["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_unknown_command_is_a_usage_error() -> None:
    code, _, err = run("frobnicate")
    assert code == 2 and "invalid choice" in err


def test_module_entry_point_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "aws_advisor", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("aws-advisor ")


def test_self_test_flag_runs_the_installation_check() -> None:
    code, out, _ = run("--self-test")
    assert code == 0
    count = len(list(shipped_tree_dir().glob("*.yaml")))
    assert out.startswith(f"self-test passed: {count} trees valid")


@pytest.mark.parametrize(
    ("argv", "opens_app"),
    [
        ([], True),
        (["--no-user-trees", "--trees", "list"], True),  # "list" is the folder given to --trees
        (["Review.AWSADVISOR"], True),
        (["--exit-after-first-paint"], True),
        (["list"], False),
        (["--version"], False),
        (["notes.txt"], False),
    ],
)
def test_which_arguments_open_the_app(argv: list[str], opens_app: bool) -> None:
    from aws_advisor.cli.launch import is_plain_launch

    assert is_plain_launch(argv) is opens_app


def test_a_stray_argument_is_a_usage_error_not_the_app() -> None:
    code, _, err = run("notes.txt")
    assert code == 2 and "invalid choice" in err


def test_an_unexpected_error_is_a_short_message_not_a_traceback(
    trees: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aws_advisor.cli.main as cli

    def broken(*_args: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "cmd_paths", broken)
    monkeypatch.delenv("AWS_ADVISOR_DEBUG", raising=False)
    code, _, err = run("paths", "sample", "--trees", str(trees), "--no-user-trees")
    assert code == 70
    assert err.startswith("aws-advisor: unexpected error (RuntimeError: disk on fire)")
    assert "Traceback" not in err


GOLDEN = Path(__file__).parent / "golden" / "recommend-sample.json"


def test_recommend_json_shape_is_pinned_by_a_golden_file(trees: Path) -> None:
    """docs/cli.md calls this output stable; a change to its shape must be deliberate.
    Regenerate with ``AWS_ADVISOR_UPDATE_GOLDEN=1`` and explain the change in CHANGELOG.md."""
    code, out, _ = run(
        "recommend",
        "sample",
        "--json",
        "--trees",
        str(trees),
        "--no-user-trees",
        "--answer",
        "shared=one",
        "--answer",
        "speed=fast",
    )
    assert code == 0
    data = json.loads(out)
    for step in data["path"]:
        step.pop("at", None)  # the time of the answer changes with every run
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("AWS_ADVISOR_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
    assert all(data["outcome"]["id"] not in w.get("outcomes", []) for w in data["what_if"])


def test_validate_dash_reads_one_tree_from_standard_input(trees: Path) -> None:
    text = next(trees.glob("*.yaml")).read_text(encoding="utf-8")
    code, out, err = run("validate", "-", stdin=text)
    assert code == 0, err
    assert "1 tree file valid" in out


def test_validate_dash_names_standard_input_in_its_problems() -> None:
    code, out, err = run("validate", "-", stdin="id: [unclosed\n")
    assert code == 1
    assert err.startswith("<stdin>:") and "1 of 1 tree files invalid" in out


def test_schema_out_dash_writes_to_standard_output() -> None:
    code, out, _ = run("schema", "--out", "-")
    assert code == 0 and json.loads(out)["title"]


def test_help_lists_every_command_and_each_command_explains_its_own_arguments() -> None:
    """``--help`` lists the commands whose modules are imported on use; asking one of them
    for help loads its arguments and description."""
    from aws_advisor.cli.main import LAZY_COMMANDS

    code, overview, _ = run("--help")
    assert code == 0
    for name, help_text, *_ in LAZY_COMMANDS:
        assert name in overview and help_text.split()[0] in overview
    code, out, _ = run("practice", "--help")
    assert code == 0 and "--count" in out and "architect would choose" in out
    code, out, _ = run("render", "--help")
    assert code == 0 and "--diagram" in out and ".drawio" in out


def test_listing_trees_imports_no_other_command() -> None:
    import subprocess
    import sys

    check = (
        "import sys, contextlib, io\n"
        "from aws_advisor.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['list', '--no-user-trees'])\n"
        "names = ('search', 'practice', 'render', 'workshop', 'ask', 'checks')\n"
        "print([n for n in names if 'aws_advisor.cli.' + n in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"

"""``aws-advisor practice``: a round in the terminal with piped answers, the feedback and the
score at the end, the score kept, and the bank listed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from aws_advisor.cli.main import main
from aws_advisor.core.paths import app_data_dir
from aws_advisor.core.practice.scores import FILE_NAME

pytestmark = pytest.mark.usefixtures("user_dirs")  # a fresh data folder for each test


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--no-user-trees"], stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_a_round_with_piped_answers_gives_feedback_and_a_kept_score() -> None:
    # Seed 1 asks, in order: the standby site, the canary release, the mail relays.
    answers = "2\n1\n" + "2\n1\n" + "1\n"  # failover (right), failover again, simple
    code, out, err = run(
        "practice", "route53_routing_policy", "--count", "3", "--seed", "1", stdin=answers
    )
    assert code == 0, err
    assert out.count("Situation ") == 3 and "insurance portal" in out
    assert "Right: you reached what an architect would choose." in out
    assert "The architect's choice: Weighted routing" in out
    assert "You answered: Yes, a standby waits for a failure" in out
    assert "The architect answered: No, every endpoint serves users" in out
    assert "Debrief:" in out
    score, suggestion = out.rstrip().splitlines()[-2:]
    assert score == "Score: 1 of 3 right, 0 acceptable, 2 missed."
    assert suggestion.startswith("Practise next: ")  # untried categories, then the weakest
    saved = json.loads((app_data_dir() / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["categories"]["Networking"] == {"right": 1, "acceptable": 0, "missed": 2}


def test_quitting_midway_scores_the_situations_finished() -> None:
    code, out, _ = run(
        "practice", "route53_routing_policy", "--seed", "1", "--no-save", stdin="2\n1\nq\n"
    )
    assert code == 0
    assert "Stopped." in out and "Score: 1 of 1 right" in out
    assert not (app_data_dir() / FILE_NAME).exists()


def test_a_damaged_score_file_is_reported_and_left_alone() -> None:
    path = app_data_dir() / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        "practice", "route53_routing_policy", "--count", "1", "--seed", "1", stdin="2\n1\n"
    )
    assert code == 0
    assert "scores not kept" in err and "damaged" in err
    assert path.read_text(encoding="utf-8") == "{not json"


def test_list_shows_the_bank_as_text_and_json() -> None:
    code, out, _ = run("practice", "--list")
    assert code == 0 and "r53_standby_site" in out and "route53_routing_policy" in out
    code, out, _ = run("practice", "--list", "--json")
    rows = json.loads(out)["situations"]
    assert {
        "id": "r53_standby_site",
        "tree": "route53_routing_policy",
        "difficulty": "easy",
        "expect": "failover",
    } in rows


def test_bad_choices_are_usage_errors(tmp_path: Path) -> None:
    assert run("practice", "nope")[0] == 2
    code, _, err = run("practice", "--category", "Gardening")
    assert code == 2 and "Networking" in err
    assert run("practice", "--count", "0")[0] == 2

"""``aws-advisor ask``: the walk through a tree in the terminal, one numbered question at a time."""

from __future__ import annotations

import argparse
from typing import TextIO

from aws_advisor.cli.common import EXIT_OK, tree_for
from aws_advisor.cli.text import format_explanation, wrap
from aws_advisor.core.engine.session import Session


def cmd_ask(args: argparse.Namespace, out: TextIO, err: TextIO, inp: TextIO) -> int:
    tree = tree_for(args, err)
    session = Session(tree)
    out.write(f"{tree.title}\n{wrap(tree.summary, '')}\n")
    out.write("Type a number to answer, b to go back, q to quit.\n")
    while True:
        if not ask_questions(session, out, inp):
            out.write("Stopped before a recommendation.\n")
            return EXIT_OK
        out.write("\n" + format_explanation(tree, session.explain()))
        if not _after_recommendation(session, out, inp):
            return EXIT_OK


def _read(out: TextIO, inp: TextIO) -> str | None:
    out.write("> ")
    out.flush()
    line = inp.readline()
    if not line:
        out.write("\n")
        return None
    return line.strip().lower()


def ask_questions(session: Session, out: TextIO, inp: TextIO) -> bool:
    """Ask until an outcome is reached; False when the user quits."""
    while (question := session.current_question) is not None:
        step = len(session.path) + 1
        out.write("\n" + wrap(f"{step}. {question.prompt}", "", hang="   ") + "\n")
        if question.help:
            out.write(wrap(question.help, "   ") + "\n")
        for n, option in enumerate(question.options, 1):
            out.write(wrap(f"{n}) {option.label}", "  ", hang="     ") + "\n")
            out.write(wrap(option.detail, "     ") + "\n")
        while True:
            choice = _read(out, inp)
            if choice is None or choice == "q":
                return False
            if choice == "b":
                if not session.back():
                    out.write("Already at the first question.\n")
                break
            number = _number(choice)
            if number is not None and 1 <= number <= len(question.options):
                session.answer(question.options[number - 1].id)
                break
            out.write(f"Please type a number from 1 to {len(question.options)}, b or q.\n")
    return True


def _after_recommendation(session: Session, out: TextIO, inp: TextIO) -> bool:
    """Offer to change an answer, start again or quit; False when the user quits."""
    count = len(session.path)
    out.write(
        "\n"
        + wrap(
            f"Type the number of an answer (1 to {count}) to change it, s to start again, "
            "or q to quit.",
            "",
        )
        + "\n"
    )
    while True:
        choice = _read(out, inp)
        if choice is None or choice == "q":
            return False
        if choice == "s":
            session.restart()
            return True
        number = _number(choice)
        if number is not None and 1 <= number <= count:
            session.revisit(session.path[number - 1].question.id)
            return True
        out.write(f"Please type a number from 1 to {count}, s or q.\n")


def _number(choice: str) -> int | None:
    """A typed choice as a number: plain ASCII digits, a few of them ("²" and a 5,000-digit
    number are no choice)."""
    if choice.isascii() and choice.isdigit() and len(choice) <= 4:
        return int(choice)
    return None

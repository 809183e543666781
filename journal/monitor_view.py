"""Plain-text rendering of the team view, review results and escalations (CLI and chat)."""
from __future__ import annotations

from datetime import date

from journal import texts as T
from journal.calendar import fmt_day, tidy
from journal.monitor import TeamView
from journal.review import ReviewNotice


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def render_team(view: TeamView, *, rhk_lines: int = 12) -> str:
    """The team view as chat text: members' hours, who has not logged, who is below the standard, RHK progress."""
    std = view.members[0].standard_minutes / 60 / max(view.working_days, 1) if view.members else 0
    lines = [T.TEAM_HEAD.format(period=view.period.label, days=view.working_days, std=_num(round(std * view.working_days, 2)))]
    for m in view.members:
        mark = T.MARK_NONE if not m.logged else T.MARK_BELOW if m.below else T.MARK_OK
        lines.append(T.TEAM_LINE.format(mark=mark, name=m.name, hours=_num(m.hours), entries=m.entries, days=m.days_logged))
    missing = [m.name for m in view.not_logged]
    lines.append(T.TEAM_NOT_LOGGED.format(names=", ".join(missing)) if missing else T.TEAM_ALL_LOGGED)
    below = [m.name for m in view.below if m.logged]
    if below:
        lines.append(T.TEAM_BELOW.format(names=", ".join(below)))
    shown = f" ({len(view.pending)} ditampilkan)" if view.pending_total > len(view.pending) else ""
    lines.append(T.TEAM_PENDING.format(total=view.pending_total, shown=shown))
    for e in view.pending:
        lines.append(T.TEAM_PENDING_LINE.format(id=e.id, day=fmt_day(e.day), name=e.name, text=e.text))
        fixes = view.corrections.get(e.id) or []
        if fixes:
            lines.append(T.TEAM_CORRECTED.format(changes="; ".join(
                T.TEAM_CHANGE.format(field=T.FIELD_NAMES.get(c.field, c.field), old=c.old_value or "-",
                                     new=c.new_value or "-") for c in fixes)))
    values = ", ".join(f"{v} {n}" for v, n in view.values.most_common()) or T.NONE
    lines.append(T.TEAM_VALUES.format(values=values))
    rows = [r for r in view.rhk if r.entries][:rhk_lines]
    if rows:
        lines.append(T.TEAM_RHK)
        lines += [_rhk_line(view, r) for r in rows]
    return "\n".join(lines)


def _rhk_line(view: TeamView, r) -> str:
    """An RHK's progress: entries, and the summed volume only where the target is a count, not a percentage."""
    percent = bool(r.target) and "%" in str(r.target)
    return (T.TEAM_RHK_LINE_PERCENT if percent else T.TEAM_RHK_LINE).format(
        name=view.names.get(r.nip, r.nip), code=r.code, entries=r.entries, volume=r.realized,
        target=T.TEAM_RHK_TARGET.format(target=r.target) if r.target else "")


def render_review(n: ReviewNotice, owner_name: str) -> str:
    """The reviewer's confirmation of a review action."""
    return tidy(T.REVIEW_DONE[n.action].format(id=n.activity_id, owner=owner_name, comment=n.comment or ""))


def owner_message(n: ReviewNotice) -> str | None:
    """The message telling the entry's owner about a review, or None for actions they are not told about."""
    tpl = T.TO_OWNER.get(n.action)
    return tidy(tpl.format(id=n.activity_id, day=fmt_day(date.fromisoformat(n.day)), actor=n.actor_name,
                           comment=n.comment or "")) if tpl else None


def render_escalation(rows: list, days: int) -> str:
    """The list of people who have not logged for ``days`` working days, with their last entry."""
    if not rows:
        return T.ESCALATION_NONE.format(days=days)
    return "\n".join([T.ESCALATION_HEAD.format(days=days)] + [
        T.ESCALATION_LINE.format(name=name, last=last.isoformat() if last else T.ESCALATION_NEVER)
        for _, name, last in rows])

"""axe-core in the browser: `axe_violations(page)` lists what keeps a page from being accessible.

axe-core (MPL-2.0, vendored in tests/web/vendor/ from the npm registry; tests only, never
shipped) is evaluated in the page through Playwright's `evaluate`, i.e. the DevTools
protocol, which the page's Content-Security-Policy does not govern. `add_script_tag`
would insert an inline <script> that a strict policy blocks; this way the browser
contexts keep the policy in force and no `bypass_csp` is needed.

Runs in the test process's main thread (Playwright's sync API).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
IMPACTS = ("minor", "moderate", "serious", "critical")
# WCAG 2.1 A and AA plus axe's best practices (landmarks, one <h1>, ...).
DEFAULT_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")


@dataclasses.dataclass(frozen=True)
class Violation:
    rule: str  # axe rule id, e.g. "image-alt"
    impact: str  # minor | moderate | serious | critical
    help: str  # what the rule asks for, in one sentence
    help_url: str  # Deque's page on the rule
    targets: tuple[str, ...]  # CSS selectors of the offending elements
    summaries: tuple[str, ...]  # axe's "Fix any of the following" per element

    def __str__(self) -> str:
        where = "; ".join(f"{target} — {summary}" if summary else target
                          for target, summary in zip(self.targets, self.summaries))
        return f"[{self.impact}] {self.rule}: {self.help} ({self.help_url})\n    at {where}"


@cache
def _axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page, impacts: Iterable[str] = ("serious", "critical"), *,
                   tags: Sequence[str] = DEFAULT_TAGS, include: str | None = None,
                   disable: Sequence[str] = ()) -> list[Violation]:
    """Violations on the page as it is now, of the given impacts, worst first.

    `include` limits the check to one part of the page (a CSS selector); `disable` names
    rules to skip, each with a reason in the calling test.
    """
    wanted = set(impacts)
    unknown = wanted - set(IMPACTS)
    if unknown:
        raise ValueError(f"impacts: unknown {sorted(unknown)}; use some of {IMPACTS}")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source())
    raw = page.evaluate(
        """async ([include, tags, disable]) => {
            const rules = Object.fromEntries(disable.map((id) => [id, {enabled: false}]));
            const result = await axe.run(include ? {include: [include]} : document,
                                         {runOnly: {type: 'tag', values: tags}, rules, resultTypes: ['violations']});
            return result.violations.map((v) => ({
                rule: v.id, impact: v.impact || 'minor', help: v.help, helpUrl: v.helpUrl,
                targets: v.nodes.map((n) => n.target.join(' ')),
                summaries: v.nodes.map((n) => (n.failureSummary || '').replace(/\\s+/g, ' ').trim()),
            }));
        }""",
        [include, list(tags), list(disable)])
    found = [Violation(v["rule"], v["impact"], v["help"], v["helpUrl"], tuple(v["targets"]), tuple(v["summaries"]))
             for v in raw if v["impact"] in wanted]
    return sorted(found, key=lambda v: (-IMPACTS.index(v.impact), v.rule))


def describe(violations: Sequence[Violation], page_name: str = "the page") -> str:
    """A failure message that says what to fix, one violation per paragraph."""
    if not violations:
        return f"{page_name}: no accessibility violations"
    return f"{page_name}: {len(violations)} accessibility violation(s) to fix:\n" + "\n".join(
        f"  {v}" for v in violations)


def assert_accessible(page, page_name: str | None = None, **options) -> None:
    """Fails the test with `describe(...)` when axe finds serious or critical violations."""
    violations = axe_violations(page, **options)
    assert not violations, describe(violations, page_name or page.url)

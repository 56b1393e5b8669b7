"""Ô 9b and 7a-7b (ND30.md §4-§5, §10.1): Nơi nhận beside the signer's title lines and name."""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from desktop.core.document import Report, Signer
from desktop.core.pdf.blocks import level_with, plain_table
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.profile import MM, TextStyle
from desktop.core.pdf.profile import Signature as SignatureLayout


def _signer_titles(signer: Signer, spec: SignatureLayout) -> list[tuple[str, TextStyle]]:
    """The lines above the signature in capitals with their styles: authority lines ('TM. …',
    'KT. CHỦ TỊCH') in the title style, positions in the position style, 'kiêm' as typed."""
    position = spec.position or spec.title
    lines = []
    for line in signer.title_lines():
        if line in spec.keep_case:
            lines.append((line, position))
        else:
            lines.append((line.upper(), spec.title if Signer.is_authority(line) else position))
    return lines


def signature_block(report: Report, lay: Layout) -> list[Flowable]:
    """Ô 9b and 7a-7b: Nơi nhận on the left, level with the signer's title lines on the right.

    Recipients beyond the signature block's height follow in a second table, a row each, so a
    long list runs on to the next page while the signature block stays whole.
    """
    spec, para = lay.profile.signature, lay.styler.para
    titles = _signer_titles(report.signer, spec)
    first = titles[0][1] if titles else spec.title
    right: list[Flowable] = [level_with(first, spec.recipients_label_style)]
    right += [para([line], style) for line, style in titles]
    right.append(Spacer(0, spec.gap_mm * MM))
    if report.signer.name.strip():
        right.append(para([report.signer.name.strip()], spec.name))
    left: list[Flowable] = [level_with(spec.recipients_label_style, first),
                            para([spec.recipients_label], spec.recipients_label_style, "left")]
    # A wrapped recipient continues under its text, not under the dash.
    dash = stringWidth("- ", lay.styler.faces.of(spec.recipients), spec.recipients.size)
    recipients = [para([f"- {r}"], spec.recipients, "left", leftIndent=dash, firstLineIndent=-dash)
                  for r in report.recipients]
    widths = [lay.width * spec.left_fraction, lay.width * (1 - spec.left_fraction)]

    def height(flowables: list[Flowable], width: float) -> float:
        return sum(float(f.wrap(width, 1e6)[1]) for f in flowables)

    # Beside the signature: recipients until the left column is at least as tall as the right,
    # so the rows below follow on without a gap.
    beside = height(right, widths[1]) - height(left, widths[0])
    count = 0
    while count < len(recipients) and height(recipients[:count], widths[0]) < beside:
        count += 1
    face = lay.styler.faces.regular
    block = [plain_table([[[*left, *recipients[:count]], right]], widths, face)]
    if count < len(recipients):
        block.append(plain_table([[r, ""] for r in recipients[count:]], widths, face))
    return block

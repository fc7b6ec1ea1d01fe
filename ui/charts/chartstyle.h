#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>

namespace vigie::chartstyle {

/// How many subcontractors get their own stack; the others are summed into "Other subcontractors".
inline constexpr int kMaxStacks = 6;

/// Fill of the i-th stack. Consecutive stacks alternate dark and light (greyscale luma 18 %, 78 %, 45 %,
/// 92 %, 32 %, 62 %) so that they stay apart when printed in black and white; hues tell them apart in colour.
QBrush stackBrush(int index);
/// "Other subcontractors": light grey with diagonal hatching.
QBrush otherBrush();
/// Unknown steps of the disclosure chart: grey cross-hatching.
QBrush unknownBrush();
/// Outline between stacked segments, so that neighbours of close lightness stay apart.
QColor separatorColour();
/// Exposure line: black, thick, so that it reads over any bar.
QColor exposureColour();
/// Disclosure steps (occurred → discovered, → CNIL, → public), dark to light.
QBrush stepBrush(int step);

/// Perceived lightness (Rec. 601 luma), 0 to 1.
double luma(const QColor &colour);

/// Fonts scaled from a base point size (9 pt on screen, larger on a page).
QFont font(double pointSize, bool bold = false);

} // namespace vigie::chartstyle

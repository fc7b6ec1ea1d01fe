#include "chartstyle.h"

#include <QGuiApplication>

namespace vigie::chartstyle {

namespace {

// The HSL lightness that gives `target` luma for a hue: luma grows with lightness, so bisect.
QColor colourForLuma(int hue, int saturation, double target)
{
    double low = 0;
    double high = 1;
    QColor colour;
    for (int i = 0; i < 30; ++i) {
        const double mid = (low + high) / 2;
        colour = QColor::fromHslF(hue / 360.0f, saturation / 255.0f, float(mid));
        if (luma(colour) < target)
            low = mid;
        else
            high = mid;
    }
    return colour;
}

struct StackColour
{
    int hue;
    double luma;
};

const StackColour kStacks[kMaxStacks] = {
    {215, 0.18}, {32, 0.78}, {145, 0.45}, {52, 0.92}, {355, 0.32}, {275, 0.62},
};

} // namespace

double luma(const QColor &colour)
{
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF();
}

QBrush stackBrush(int index)
{
    const StackColour &c = kStacks[index % kMaxStacks];
    return QBrush(colourForLuma(c.hue, 170, c.luma));
}

QBrush otherBrush()
{
    return QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern);
}

QBrush unknownBrush()
{
    return QBrush(QColor(0x80, 0x80, 0x80), Qt::DiagCrossPattern);
}

QColor separatorColour()
{
    return Qt::white;
}

QColor exposureColour()
{
    return Qt::black;
}

QBrush stepBrush(int step)
{
    static const double lumas[] = {0.20, 0.50, 0.80};
    return QBrush(colourForLuma(200, 120, lumas[qBound(0, step, 2)]));
}

QFont font(double pointSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace vigie::chartstyle

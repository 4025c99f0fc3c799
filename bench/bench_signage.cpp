// Time to render one sign page to PDF (bilingual, the most text), per layout: median of N runs, into
// memory so the disk does not count. Target: 0.5 s or less per page.
//   build/ci/bench/bench_signage [runs]

#include "Profiles.h"
#include "print/SignageRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace consentry;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    std::printf("signage: one page to PDF in memory, median of %d runs (first run, with font loading, "
                "reported apart)\n",
                runs);
    std::printf("%-12s %-9s %10s %10s %10s %9s\n", "layout", "language", "first ms", "median ms", "max ms", "bytes");
    bool withinTarget = true;
    for (SignLayout layout : SignageSpec::allLayouts()) {
        for (SignLanguage language : { SignLanguage::Chinese, SignLanguage::Bilingual }) {
            const SignageSpec spec = SignageSpec::forLayout(layout, language, test::typicalProfile());
            std::vector<double> times;
            double first = 0;
            qint64 bytes = 0;
            for (int i = 0; i <= runs; ++i) {
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                QElapsedTimer timer;
                timer.start();
                {
                    QPdfWriter writer(&buffer);
                    writer.setResolution(720);
                    const Result<SignageReport> r = SignageRenderer(spec).render(writer);
                    if (!r.ok()) {
                        std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
                        return 1;
                    }
                }
                const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                bytes = buffer.size();
                if (i == 0)
                    first = ms;
                else
                    times.push_back(ms);
            }
            const double med = median(times);
            withinTarget = withinTarget && med <= 500;
            std::printf("%-12s %-9s %10.1f %10.1f %10.1f %9lld\n", qPrintable(SignageSpec::layoutKey(layout)),
                        qPrintable(SignageSpec::languageKey(language)), first, med,
                        *std::max_element(times.begin(), times.end()), static_cast<long long>(bytes));
        }
    }
    std::printf("target: median <= 500 ms per page: %s\n", withinTarget ? "met" : "NOT met");
    return 0;
}

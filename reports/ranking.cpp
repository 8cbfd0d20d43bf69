// The ranking's parts, score and order (reports/ranking.hpp).
#include "reports/ranking.hpp"

#include <algorithm>
#include <tuple>

namespace fundledger::reports {

namespace {

std::optional<Rational> progress_part(const std::optional<Rational>& progress, const Rational& time) {
  if (!progress) return std::nullopt;
  if (time <= 0) return Rational(100);
  return std::min(Rational(*progress / time), Rational(1)) * 100;
}

std::optional<Rational> lag_part(const std::optional<Rational>& mean, long lag_days) {
  if (!mean) return std::nullopt;
  if (*mean <= lag_days) return Rational(100);
  return Rational(lag_days) * 100 / *mean;
}

std::optional<Rational> score(const RankedTown& t, const RankingWeights& w) {
  Rational sum = w.warnings * t.warnings_part;
  long weights = w.warnings;
  if (t.progress_part) sum += w.progress * *t.progress_part, weights += w.progress;
  if (t.lag_part) sum += w.lag * *t.lag_part, weights += w.lag;
  if (weights == 0) return std::nullopt;
  return sum / weights;
}

// Higher first, none last: the key sorts ascending.
std::pair<bool, Rational> high_first(const std::optional<Rational>& v) {
  return v ? std::pair<bool, Rational>{false, -*v} : std::pair<bool, Rational>{true, Rational(0)};
}
std::pair<bool, Rational> low_first(const std::optional<Rational>& v) {
  return v ? std::pair<bool, Rational>{false, *v} : std::pair<bool, Rational>{true, Rational(0)};
}

bool ranks_before(const RankedTown& a, const RankedTown& b) {
  return std::make_tuple(high_first(a.score), high_first(a.progress), a.figures.open_warnings,
                         low_first(a.mean_lag), a.figures.town) <
         std::make_tuple(high_first(b.score), high_first(b.progress), b.figures.open_warnings,
                         low_first(b.mean_lag), b.figures.town);
}

}  // namespace

std::vector<RankedTown> rank_towns(std::vector<TownFigures> towns, const Rational& time_progress,
                                   const RankingWeights& w) {
  std::vector<RankedTown> out;
  for (auto& f : towns) {
    RankedTown t;
    if (f.received.is_positive()) t.progress = Rational(f.paid.fen(), f.received.fen());
    if (f.paid_in_period.is_positive()) t.mean_lag = f.fen_days / Rational(f.paid_in_period.fen());
    t.progress_part = progress_part(t.progress, time_progress);
    t.lag_part = lag_part(t.mean_lag, w.lag_days);
    t.warnings_part = std::max(Rational(0), Rational(100 - w.warning_points * f.open_warnings));
    t.figures = std::move(f);
    t.score = score(t, w);
    out.push_back(std::move(t));
  }
  std::sort(out.begin(), out.end(), ranks_before);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].rank = static_cast<int>(i) + 1;
  return out;
}

}  // namespace fundledger::reports

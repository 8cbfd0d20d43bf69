// 每两个月考核排名 (issue 17): the towns of a county ranked over a run of months on three things the
// provinces' monitoring platforms judge — spending progress against 序时进度, warnings left open, and
// how long money waited before it was paid onward. A pure computation of figures the caller gathers
// (cli/report_ranking.cpp), so its arithmetic and its order are tested by hand (tests/test_ranking.cpp).
//
// Each part scores 0 to 100:
//   * progress: 100 × min(spending progress ÷ time progress, 1) — a town at or ahead of 序时进度 scores
//     full marks (time progress 0: 100); none when nothing arrived for the town (到位 0);
//   * warnings: 100 − warning_points × open warnings, not below 0;
//   * lag: 100 × min(lag_days ÷ mean lag, 1), the mean lag being the days from each lot's allocation to
//     the payments drawing on it in the period, weighted by amount; none when the town paid nothing
//     in the period.
// The score is Σ weight × part ÷ Σ weight over the parts a town has (as the performance
// score leaves out a part a project lacks), exact. Order: score (higher first; none last), then
// spending progress (higher first), then open warnings (fewer first), then mean lag (shorter first;
// none last), then the town's name (code point order); every town gets its own rank.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"

namespace fundledger::reports {

struct RankingWeights {
  long progress = 60, warnings = 20, lag = 20;  // out of 100
  long warning_points = 10;                     // off the warnings part per open warning
  long lag_days = 30;                           // a mean lag within this many days scores full marks
  std::optional<std::string> rule_id;           // the ranking_weights rule (none: these defaults)
};

struct TownFigures {
  std::string town;
  Money received, paid;    // 到位 and paid by the period's end
  long open_warnings = 0;  // open at the period's end
  Money paid_in_period;    // the lag's weight: payments dated in the period, net
  Rational fen_days;       // Σ fen × days from the lot's allocation to the payment, over those payments
};

struct RankedTown {
  TownFigures figures;
  std::optional<Rational> progress;  // paid ÷ received
  std::optional<Rational> mean_lag;  // days
  std::optional<Rational> progress_part, lag_part;
  Rational warnings_part;
  std::optional<Rational> score;
  int rank = 0;
};

// The towns scored and in rank order (rank 1 first).
std::vector<RankedTown> rank_towns(std::vector<TownFigures> towns, const Rational& time_progress,
                                   const RankingWeights& w);

}  // namespace fundledger::reports

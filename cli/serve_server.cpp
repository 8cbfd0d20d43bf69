// The HTTP side of `fundledger serve` (serve_server.hpp).
#include "cli/serve_server.hpp"

#include <httplib.h>
#include <openssl/crypto.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <thread>

#include "cli/serve_api.hpp"
#include "cli/serve_assets.hpp"
#include "cli/serve_cache.hpp"
#include "cli/serve_page.hpp"
#include "cli/serve_spawn.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;
constexpr const char* kTokenCookie = "fundledger_token";
constexpr std::size_t kKeptAnswers = 256;
constexpr auto kWarmEvery = std::chrono::seconds(3);

text::Lang lang_of(const httplib::Request& req, const Globals& g) {
  const std::string l = req.has_param("lang") ? req.get_param_value("lang") : g.lang;
  return l == "en" ? text::Lang::en : text::Lang::zh;
}

// Headers every answer carries: nothing from elsewhere runs in the page, nothing frames it.
void secure_headers(httplib::Response& res) {
  res.set_header(
      "Content-Security-Policy",
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(json{{"error", message}}.dump(), "application/json; charset=utf-8");
}

bool same_secret(const std::string& given, const std::string& token) {
  return given.size() == token.size() && CRYPTO_memcmp(given.data(), token.data(), token.size()) == 0;
}

// The token of a request: ?token=, `Authorization: Bearer`, or the cookie a page visit set.
bool has_token(const httplib::Request& req, const std::string& token) {
  if (req.has_param("token") && same_secret(req.get_param_value("token"), token)) return true;
  const std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0 && same_secret(auth.substr(7), token)) return true;
  const std::string cookies = req.get_header_value("Cookie");
  const std::string key = std::string(kTokenCookie) + "=";
  for (std::size_t at = cookies.find(key); at != std::string::npos; at = cookies.find(key, at + 1)) {
    if (at != 0 && cookies[at - 1] != ' ' && cookies[at - 1] != ';') continue;
    const auto end = cookies.find(';', at);
    const auto value =
        cookies.substr(at + key.size(), end == std::string::npos ? std::string::npos : end - at - key.size());
    if (same_secret(value, token)) return true;
  }
  return false;
}

class Dashboard {
 public:
  Dashboard(const Globals& g, const ServeConfig& c) : g_(g), c_(c), exe_(own_executable()) {}
  ~Dashboard() { stop_warming(); }

  // Answers the pages' first requests ahead whenever the chain head moves (serve_cache.hpp).
  void start_warming() {
    warmer_ = std::thread([this] {
      std::string last;
      std::unique_lock<std::mutex> lock(warm_mu_);
      while (!stopping_) {
        lock.unlock();
        last = warm(last);
        lock.lock();
        warm_cv_.wait_for(lock, kWarmEvery, [this] { return stopping_.load(); });
      }
    });
  }
  void stop_warming() {
    {
      std::lock_guard<std::mutex> lock(warm_mu_);
      stopping_ = true;
    }
    warm_cv_.notify_all();
    if (warmer_.joinable()) warmer_.join();
  }

  void install(httplib::Server& svr) {
    svr.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      secure_headers(res);
      if (req.method != "GET" && req.method != "HEAD") {
        send_error(res, 405,
                   text::tr_in(lang_of(req, g_), "serve.read_only_method", text::arg("method", req.method)));
        return httplib::Server::HandlerResponse::Handled;
      }
      if (!c_.token.empty() && !has_token(req, c_.token)) {
        send_error(res, 401, text::tr_in(lang_of(req, g_), "serve.token_required"));
        return httplib::Server::HandlerResponse::Handled;
      }
      if (!c_.token.empty() && req.has_param("token"))
        res.set_header("Set-Cookie",
                       std::string(kTokenCookie) + "=" + c_.token + "; Path=/; HttpOnly; SameSite=Strict");
      return httplib::Server::HandlerResponse::Unhandled;
    });
    svr.Get("/", [](const httplib::Request& req, httplib::Response& res) {
      const auto query = req.target.find('?');  // ?lang=en, ?token=... go along to the first page
      res.set_redirect("/sources" + (query == std::string::npos ? std::string() : req.target.substr(query)));
    });
    for (const auto& name : page_names())
      svr.Get("/" + name, [this, name](const httplib::Request& req, httplib::Response& res) {
        res.set_content(render_page(name, lang_of(req, g_)), "text/html; charset=utf-8");
      });
    svr.Get(R"(/assets/([A-Za-z0-9._-]+))", [](const httplib::Request& req, httplib::Response& res) {
      auto a = find_asset(req.matches[1].str());
      if (!a || a->name == "page.html") return send_error(res, 404, text::tr("serve.not_found"));
      res.set_content(std::string(a->content), content_type_of(a->name).c_str());
    });
    svr.Get("/api/head", [this](const httplib::Request& req, httplib::Response& res) { head(req, res); });
    svr.Get(R"(/api/([a-z]+))",
            [this](const httplib::Request& req, httplib::Response& res) { api(req, res); });
    svr.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (res.status == 404 && res.body.empty())
        send_error(res, 404, text::tr_in(lang_of(req, g_), "serve.not_found"));
    });
  }

 private:
  // The chain head for the pages' footer: read in this process, the only read it makes itself.
  void head(const httplib::Request& req, httplib::Response& res) {
    try {
      auto repo = g_.open(false);
      const auto h = repo->chain_head();
      res.set_content(json{{"entries", h.entries}, {"head", h.head_hex}}.dump(),
                      "application/json; charset=utf-8");
    } catch (const std::exception& e) {
      send_error(res, 503,
                 text::tr_in(lang_of(req, g_), "serve.ledger_unreadable", text::arg("why", e.what())));
    }
  }

  void api(const httplib::Request& req, httplib::Response& res) {
    const auto lang = lang_of(req, g_);
    QueryParams params;
    for (const auto& [k, v] : req.params) params.emplace(k, v);
    const auto cmd = api_command(req.matches[1].str(), params, clock_now_iso().substr(0, 10));
    if (cmd.refusal)
      return send_error(res, cmd.refusal->status,
                        text::tr_fields_in(lang, cmd.refusal->message_id, cmd.refusal->fields));
    bool kept = false;
    ChildResult r;
    try {
      r = answer(child_args(*cmd.command, lang), &kept);
    } catch (const std::exception& e) {
      return send_error(res, 503, text::tr_in(lang, "serve.ledger_unreadable", text::arg("why", e.what())));
    }
    res.set_header("X-Fundledger-Answer", kept ? "kept" : "computed");
    if (r.timed_out) return send_error(res, 504, text::tr_in(lang, "serve.child_timeout"));
    if (r.exit_code == kExitOk || r.exit_code == kExitFindings)
      return res.set_content(r.out, "application/json; charset=utf-8");
    const int status = r.exit_code == kExitBadInput ? 400 : 503;
    send_error(
        res, status,
        r.err.empty() ? text::tr_in(lang, "serve.child_failed", text::arg("code", r.exit_code)) : r.err);
  }

  std::vector<std::string> child_args(const ApiCommand& cmd, text::Lang lang) const {
    std::vector<std::string> args = c_.child_globals;
    args.insert(args.end(), cmd.args.begin(), cmd.args.end());
    args.insert(args.end(),
                {"--format=json", "--read-only", lang == text::Lang::en ? "--lang=en" : "--lang=zh"});
    return args;
  }

  std::string current_head() const {
    const auto h = g_.open(false)->chain_head();
    return std::to_string(h.entries) + ":" + h.head_hex;
  }

  // The command's answer under the ledger's present chain head: kept, or computed by running it.
  ChildResult answer(const std::vector<std::string>& args, bool* kept) {
    return cache_.get(
        current_head(), args,
        [&] { return run_child(exe_, args, {"FUNDLEDGER_READONLY=1"}, c_.child_timeout_ms); }, kept);
  }

  // One round of warming: when the head is not `last`, each page's first requests; returns the head.
  std::string warm(const std::string& last) {
    try {
      const std::string head = current_head();
      if (head == last) return last;
      const auto lang = g_.lang == "en" ? text::Lang::en : text::Lang::zh;
      for (const auto& [name, params] : page_calls()) {
        if (stopping_) break;
        const auto cmd = api_command(name, params, clock_now_iso().substr(0, 10));
        if (cmd.command) answer(child_args(*cmd.command, lang), nullptr);
      }
      return head;
    } catch (const std::exception&) {
      return last;  // an unreadable ledger is said to the page's own requests
    }
  }

  const Globals& g_;
  const ServeConfig& c_;
  std::string exe_;
  AnswerCache cache_{kKeptAnswers};
  std::thread warmer_;
  std::mutex warm_mu_;
  std::condition_variable warm_cv_;
  std::atomic<bool> stopping_{false};
};

// SIGINT and SIGTERM stop the server: blocked in every thread, waited for by one.
std::thread stop_on_signal(httplib::Server& svr) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);
  return std::thread([set, &svr] {
    int sig = 0;
    sigwait(&set, &sig);
    svr.stop();
  });
}

}  // namespace

bool is_loopback(const std::string& bind) {
  return bind == "localhost" || bind == "::1" || bind.rfind("127.", 0) == 0;
}

int serve(const Globals& g, const ServeConfig& c) {
  httplib::Server svr;
  Dashboard dashboard(g, c);
  dashboard.install(svr);
  const int port =
      c.port == 0 ? svr.bind_to_any_port(c.bind) : (svr.bind_to_port(c.bind, c.port) ? c.port : -1);
  if (port < 0) {
    std::cerr << text::tr("serve.cannot_bind", text::arg("bind", c.bind), text::arg("port", c.port)) << "\n";
    return kExitEnvironment;
  }
  const std::string host = c.bind.find(':') != std::string::npos ? "[" + c.bind + "]" : c.bind;
  std::cout << text::tr("serve.listening",
                        text::arg("url", "http://" + host + ":" + std::to_string(port) + "/"))
            << std::endl;
  auto watcher = stop_on_signal(svr);
  dashboard.start_warming();
  svr.listen_after_bind();
  dashboard.stop_warming();
  pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher if the server stopped by itself
  watcher.join();
  return kExitOk;
}

}  // namespace fundledger::cli

#include "sync/engine/http_transport.h"

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace veldwerk::sync {

namespace {
// Adds every certificate of a PEM text to the client's trust store, next to the system's.
void trustExtraCertificates(SSL_CTX* ctx, const std::string& pem) {
    X509_STORE* store = SSL_CTX_get_cert_store(ctx);
    X509_STORE_set_default_paths(store);
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    if (bio == nullptr) {
        throw std::runtime_error("out of memory reading the CA certificate");
    }
    int added = 0;
    while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        if (X509_STORE_add_cert(store, cert) == 1) {
            ++added;
        }
        X509_free(cert);
    }
    BIO_free(bio);
    if (added == 0) {
        throw std::invalid_argument("the CA certificate file holds no PEM certificate");
    }
}
}  // namespace

HttpTransport::HttpTransport(const std::string& baseUrl, const TransportOptions& options)
    : m_url(parseServerUrl(baseUrl)), m_client(std::make_unique<httplib::Client>(m_url.text())) {
    if (m_url.scheme == "https") {
        m_client->enable_server_certificate_verification(true);
        if (options.extraCaPem) {
            trustExtraCertificates(m_client->ssl_context(), *options.extraCaPem);
        }
    }
    m_client->set_connection_timeout(options.connectTimeout);
    m_client->set_read_timeout(options.readTimeout);
    m_client->set_write_timeout(options.writeTimeout);
    m_client->set_keep_alive(true);
    // Headers and body go out in separate writes: with Nagle's algorithm the body would wait for
    // the server's delayed ACK (~40 ms on Linux) on every POST of a kept-alive connection.
    m_client->set_tcp_nodelay(true);
}

HttpTransport::~HttpTransport() = default;

HttpResponse HttpTransport::send(const HttpRequest& request) {
    httplib::Headers headers;
    for (const auto& [name, value] : request.headers) {
        headers.emplace(name, value);
    }
    // Answers come gzip-compressed, as they do to the app (Qt asks for it on its own): a pull
    // page is repetitive JSON, a seventh of its size compressed, on a home's weak mobile link.
    // Bodies are compressed by ServerApi (gzip_body.h), for both transports alike.
    headers.emplace("Accept-Encoding", "gzip");
    if (request.method != "GET" && request.method != "POST") {
        throw std::invalid_argument("unsupported HTTP method " + request.method);
    }
    auto result = request.method == "GET"
                      ? m_client->Get(request.path, headers)
                      : m_client->Post(request.path, headers, request.body, "application/json");
    if (!result) {
        std::string why = httplib::to_string(result.error());
        if (result.error() == httplib::Error::SSLServerVerification) {
            why += " (the server's certificate is not trusted; give its CA with --ca-cert)";
        }
        throw TransportError("no answer from " + m_url.text() + ": " + why);
    }
    HttpResponse out;
    out.status = result->status;
    out.body = result->body;
    for (const auto& [name, value] : result->headers) {
        out.headers[name] = value;
    }
    return out;
}

}  // namespace veldwerk::sync

#include "platform/network/qnam_transport.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <memory>
#include <stdexcept>

namespace veldwerk::platform {

namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

bool isLoopbackHost(const QString& host) {
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// scheme://host[:port] with nothing else; plain http only to loopback.
QUrl checkedBaseUrl(const QString& baseUrl) {
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        throw std::invalid_argument("the server URL '" + text(baseUrl) +
                                    "' is not a valid scheme://host[:port] address");
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        throw std::invalid_argument("the server URL must use https (or http on loopback), not '" +
                                    text(scheme) + "'");
    }
    if (!url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment()) {
        throw std::invalid_argument(
            "the server URL is scheme://host[:port], without a path, query or user name");
    }
    const bool https = scheme == QLatin1String("https");
    if (!https && !isLoopbackHost(url.host())) {
        throw std::invalid_argument(
            "plain http is only allowed to this machine (loopback); use https for " +
            text(url.host()));
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port(https ? 443 : 80));
    return base;
}

QList<QSslCertificate> parseCaPem(const QByteArray& pem) {
    const auto certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        throw std::invalid_argument("the extra CA certificates hold no PEM certificate");
    }
    return certificates;
}

QList<QSslCertificate> readCaFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::invalid_argument("cannot read the CA certificate file " + text(path) + ": " +
                                    text(file.errorString()));
    }
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        throw std::invalid_argument("the CA certificate file " + text(path) +
                                    " holds no PEM certificate");
    }
    return certificates;
}

// Why a request got no answer, in English, without anything of the request itself.
std::string failureReason(QNetworkReply::NetworkError error, const QString& errorString,
                          const QStringList& tlsErrors) {
    switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return "connection refused";
        case QNetworkReply::HostNotFoundError:
            return "host not found";
        case QNetworkReply::TimeoutError:
            return "the connection timed out";
        case QNetworkReply::RemoteHostClosedError:
            return "the server closed the connection before answering completely";
        case QNetworkReply::SslHandshakeFailedError: {
            std::string why = "TLS handshake failed";
            if (!tlsErrors.isEmpty()) {
                why += ": " + text(tlsErrors.join(QStringLiteral("; ")));
                why += " (the server's certificate is not trusted; give its CA certificate file)";
            }
            return why;
        }
        default:
            return text(errorString);
    }
}

// Errors below 200 are the network and proxy layers: no (complete) answer. From 200 on Qt
// reports an HTTP status the server did send, which is an answer for the engine to judge.
bool isNetworkFailure(QNetworkReply::NetworkError error) {
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

}  // namespace

void QNetworkTransport::ManagerDeleter::operator()(QNetworkAccessManager* manager) const {
    // A QObject is deleted in its own thread, unless that thread is gone.
    QThread* owner = manager->thread();
    if (owner == nullptr || owner == QThread::currentThread() || owner->isFinished()) {
        delete manager;
    } else {
        manager->deleteLater();
    }
}

QNetworkTransport::QNetworkTransport(const QString& baseUrl, QNetworkTransportOptions options)
    : m_base(checkedBaseUrl(baseUrl)),
      m_origin(m_base.toString()),
      m_options(std::move(options)),
      m_tls(QSslConfiguration::defaultConfiguration()) {
    if (m_options.timeout.count() <= 0) {
        throw std::invalid_argument("the transport timeout must be positive");
    }
    // Read even for loopback http, so a wrong file is reported at once, not at the first https.
    QList<QSslCertificate> extra;
    if (!m_options.extraCaFile.isEmpty()) {
        extra = readCaFile(m_options.extraCaFile);
    }
    if (!m_options.extraCaPem.isEmpty()) {
        extra += parseCaPem(m_options.extraCaPem);
    }
    if (m_base.scheme() == QLatin1String("https")) {
        if (!QSslSocket::supportsSsl()) {
            throw std::invalid_argument("this Qt has no TLS backend; https is not available");
        }
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!extra.isEmpty()) {
            // An explicit list replaces the system's on-demand loading, so it starts from them.
            auto trusted = QSslConfiguration::systemCaCertificates();
            trusted += extra;
            m_tls.setCaCertificates(trusted);
        }
    }
}

QNetworkTransport::~QNetworkTransport() = default;

QNetworkAccessManager& QNetworkTransport::managerForThisThread() {
    if (!m_manager || m_manager->thread() != QThread::currentThread()) {
        m_manager.reset(new QNetworkAccessManager);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        if (isLoopbackHost(m_base.host())) {
            // The server is on this machine: an http_proxy from the environment must not see it.
            m_manager->setProxy(QNetworkProxy::NoProxy);
        }
    }
    return *m_manager;
}

sync::HttpResponse QNetworkTransport::send(const sync::HttpRequest& request) {
    if (request.method != "GET" && request.method != "POST") {
        throw std::invalid_argument("unsupported HTTP method " + request.method);
    }
    if (request.path.empty() || request.path.front() != '/' || request.path.starts_with("//")) {
        throw std::invalid_argument("a request path must start with a single '/'");
    }
    const QUrl url = QUrl::fromEncoded(m_origin.toUtf8() + QByteArray::fromStdString(request.path),
                                       QUrl::TolerantMode);
    if (!url.isValid() || url.scheme() != m_base.scheme() || url.host() != m_base.host() ||
        url.port() != m_base.port()) {
        throw std::invalid_argument("the request path does not form a URL on the server");
    }

    QNetworkRequest qrequest(url);
    bool hasContentType = false;
    for (const auto& [name, value] : request.headers) {
        if (name.find_first_of("\r\n") != std::string::npos ||
            value.find_first_of("\r\n") != std::string::npos) {
            throw std::invalid_argument("a request header holds a line break");
        }
        hasContentType = hasContentType || QByteArray::fromStdString(name).toLower() ==
                                               QByteArrayLiteral("content-type");
        qrequest.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    }
    if (request.method == "POST" && !hasContentType) {
        qrequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/json"));
    }
    if (m_base.scheme() == QLatin1String("https")) {
        qrequest.setSslConfiguration(m_tls);
    }
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);

    const std::string from = "no answer from " + text(m_origin) + ": ";
    QNetworkAccessManager& manager = managerForThisThread();
    std::unique_ptr<QNetworkReply> reply(
        request.method == "GET" ? manager.get(qrequest)
                                : manager.post(qrequest, QByteArray::fromStdString(request.body)));
    if (!begin(reply.get())) {
        reply->abort();
        throw sync::TransportError(from + "the request was cancelled");
    }
    struct InFlight {
        QNetworkTransport& transport;
        ~InFlight() { transport.end(); }
    } inFlight{*this};

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    bool timedOut = false;
    QStringList tlsErrors;
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();  // emits finished(), which ends the loop
    });
    const auto progress = [&idle] { idle.start(); };
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &idle, progress);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &idle, progress);
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &idle, progress);
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop,
                     [&tlsErrors](const QList<QSslError>& errors) {
                         for (const auto& e : errors) {
                             tlsErrors << e.errorString();
                         }
                     });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(m_options.timeout);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    idle.stop();

    if (cancelled()) {
        throw sync::TransportError(from + "the request was cancelled");
    }
    if (timedOut) {
        throw sync::TransportError(from + "nothing happened for " +
                                   std::to_string(m_options.timeout.count()) + " ms (timed out)");
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || isNetworkFailure(reply->error())) {
        throw sync::TransportError(from +
                                   failureReason(reply->error(), reply->errorString(), tlsErrors));
    }

    sync::HttpResponse response;
    response.status = status.toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        response.headers[name.toLower().toStdString()] = value.toStdString();
    }
    response.body = reply->readAll().toStdString();
    return response;
}

bool QNetworkTransport::begin(QNetworkReply* reply) {
    const std::lock_guard lock(m_cancelMutex);
    m_inFlight = m_cancelled ? nullptr : reply;
    return !m_cancelled;
}

void QNetworkTransport::end() {
    const std::lock_guard lock(m_cancelMutex);
    m_inFlight = nullptr;
}

bool QNetworkTransport::cancelled() {
    const std::lock_guard lock(m_cancelMutex);
    return m_cancelled;
}

void QNetworkTransport::cancel() {
    const std::lock_guard lock(m_cancelMutex);
    m_cancelled = true;
    if (m_inFlight != nullptr) {
        // Queued into the reply's own thread, whose nested event loop is running; dropped if the
        // reply is gone by then (the mutex keeps it alive until the call is posted).
        QMetaObject::invokeMethod(m_inFlight, &QNetworkReply::abort, Qt::QueuedConnection);
    }
}

}  // namespace veldwerk::platform

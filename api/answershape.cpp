#include "answershape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

bool isDataList(const QJsonValue &body)
{
    const QJsonValue data = body.toObject().value(QStringLiteral("data"));
    if (!body.isObject() || !data.isArray())
        return false;
    for (const auto &entry : data.toArray())
        if (!entry.isObject())
            return false;
    return true;
}

bool isBatchList(const QJsonValue &body)
{
    if (!body.isArray())
        return false;
    for (const auto &entry : body.toArray())
        if (!entry.isNull() &&
            !(entry.isObject() && entry.toObject().value(QStringLiteral("code")).isDouble()))
            return false;
    return true;
}

bool fits(AnswerShape shape, const QJsonValue &body)
{
    switch (shape) {
    case AnswerShape::Any:
        return true;
    case AnswerShape::Object:
        return body.isObject();
    case AnswerShape::DataList:
        return isDataList(body);
    case AnswerShape::MessageSent: {
        const QJsonValue id = body.toObject().value(QStringLiteral("message_id"));
        return id.isString() && !id.toString().isEmpty();
    }
    case AnswerShape::Success:
        return body.toObject().value(QStringLiteral("success")).isBool();
    case AnswerShape::BatchList:
        return isBatchList(body);
    }
    return true;
}

QString expected(AnswerShape shape)
{
    switch (shape) {
    case AnswerShape::Any:
    case AnswerShape::Object:
        return tr("a JSON object was expected");
    case AnswerShape::DataList:
        return tr("a list under \"data\" was expected");
    case AnswerShape::MessageSent:
        return tr("a \"message_id\" was expected");
    case AnswerShape::Success:
        return tr("\"success\" was expected");
    case AnswerShape::BatchList:
        return tr("a list of batch answers was expected");
    }
    return {};
}

QString firstBytes(const QJsonValue &body)
{
    QByteArray text;
    if (body.isObject())
        text = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        text = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else
        text = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QString quoted = QString::fromUtf8(text.left(80));
    if (text.size() > 80)
        quoted += QStringLiteral("...");
    return quoted;
}

} // namespace

GraphError AnswerShapes::wrongShape(AnswerShape shape, const QJsonValue &body, bool write,
                                    int httpStatus)
{
    const QString message = tr("Graph answered in a shape this version does not know (%1): "
                               "\"%2\".")
                                .arg(expected(shape), firstBytes(body));
    GraphError error =
        write ? GraphError::unknownOutcome(QStringLiteral("unexpected_shape"), message)
              : GraphError::transportError(ErrorCategory::Other, QStringLiteral("unexpected_shape"),
                                           message);
    error.httpStatus = httpStatus;
    return error;
}

std::optional<GraphError> AnswerShapes::check(AnswerShape shape, const QJsonValue &body, bool write,
                                              int httpStatus)
{
    if (fits(shape, body))
        return std::nullopt;
    return wrongShape(shape, body, write, httpStatus);
}

} // namespace mdesk::api

#include "fieldselection.h"

#include "graphcall.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mdesk::sandbox {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    std::optional<QList<FieldSpec>> list(bool nested)
    {
        QList<FieldSpec> fields;
        while (true) {
            skipSpaces();
            FieldSpec field;
            field.name = identifier();
            if (field.name.isEmpty())
                return fail(QStringLiteral("a field name expected at position %1").arg(m_pos));
            skipSpaces();
            while (peek() == u'.') {
                ++m_pos;
                const QString modifier = identifier();
                if (modifier.isEmpty() || peek() != u'(')
                    return fail(QStringLiteral("a modifier like .limit(5) expected after "
                                               "\"%1\"")
                                    .arg(field.name));
                ++m_pos;
                const qsizetype close = m_text.indexOf(u')', m_pos);
                if (close < 0)
                    return fail(QStringLiteral("\")\" missing after .%1(").arg(modifier));
                field.modifiers.insert(modifier, m_text.mid(m_pos, close - m_pos).trimmed());
                m_pos = close + 1;
                skipSpaces();
            }
            if (peek() == u'{') {
                ++m_pos;
                auto children = list(true);
                if (!children)
                    return std::nullopt;
                field.children = *children;
                if (peek() != u'}')
                    return fail(
                        QStringLiteral("\"}\" missing after the fields of \"%1\"").arg(field.name));
                ++m_pos;
                skipSpaces();
            }
            fields.append(field);
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (nested ? peek() == u'}' : m_pos >= m_text.size())
                return fields;
            return fail(QStringLiteral("unexpected \"%1\" at position %2").arg(peek()).arg(m_pos));
        }
    }

    QString error;

private:
    std::optional<QList<FieldSpec>> fail(const QString &message)
    {
        error = message;
        return std::nullopt;
    }
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<FieldSpec>> FieldSelection::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QList<FieldSpec>{};
    Parser parser(text);
    auto fields = parser.list(false);
    if (!fields && error)
        *error = parser.error;
    return fields;
}

const FieldSpec *FieldSelection::find(const QList<FieldSpec> &fields, const QString &name)
{
    for (const FieldSpec &field : fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

QString FieldSelection::firstUnknown(const QList<FieldSpec> &fields, const QStringList &known)
{
    for (const FieldSpec &field : fields) {
        if (!known.contains(field.name))
            return field.name;
    }
    return {};
}

std::optional<QList<FieldSpec>> FieldSelection::forCall(const GraphCall &call,
                                                        const QStringList &known,
                                                        const QString &nodeType,
                                                        GraphFailure *failure)
{
    const QJsonValue value = call.params.value(QStringLiteral("fields"));
    const QString text = value.isArray()
                             ? call.params.list(QStringLiteral("fields")).join(QLatin1Char(','))
                             : call.params.string(QStringLiteral("fields"));
    QString error;
    auto fields = parse(text, &error);
    if (!fields) {
        *failure =
            Errors::invalidParameter(QStringLiteral("Syntax error in param fields: %1").arg(error));
        return std::nullopt;
    }
    if (const QString unknown = firstUnknown(*fields, known); !unknown.isEmpty()) {
        *failure = Errors::nonexistingField(unknown, nodeType);
        return std::nullopt;
    }
    return fields;
}

QJsonValue FieldSelection::apply(const QJsonValue &value, const QList<FieldSpec> &children)
{
    if (children.isEmpty())
        return value;
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(apply(item, children));
        return items;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    // {"data": ...} wraps what a selection like participants{id,name} names.
    if (object.contains(QStringLiteral("data")) && !find(children, QStringLiteral("data"))) {
        QJsonObject wrapped = object;
        wrapped.insert(QStringLiteral("data"),
                       apply(object.value(QStringLiteral("data")), children));
        return wrapped;
    }
    QJsonObject selected;
    for (const FieldSpec &child : children) {
        if (object.contains(child.name))
            selected.insert(child.name, apply(object.value(child.name), child.children));
    }
    return selected;
}

} // namespace mdesk::sandbox

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages.</source>
        <translation>Bearbeiten Sie die Messenger-Einrichtung Ihrer Facebook-Seiten.</translation>
    </message>
    <message>
        <source>Show the main window, print it as one JSON line and quit. Settings are neither read nor written.</source>
        <translation>Zeigt das Hauptfenster, gibt es als eine JSON-Zeile aus und beendet sich. Einstellungen werden weder gelesen noch geschrieben.</translation>
    </message>
    <message>
        <source>Also start the sandbox, a local stand-in for the Graph API with demo Pages, as on the first run.</source>
        <translation>Zusätzlich die Sandbox starten, einen lokalen Ersatz für die Graph API mit Demo-Seiten, wie beim ersten Start.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::api</name>
    <message>
        <source>Each %1 entry needs a locale.</source>
        <translation>Jeder Eintrag in %1 braucht ein Gebietsschema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation>„%1“ ist kein Gebietsschema, das Facebook unterstützt (ll_CC wie en_US, oder default).</translation>
    </message>
    <message>
        <source>The locale %1 appears twice in the %2.</source>
        <translation>Das Gebietsschema %1 kommt in %2 zweimal vor.</translation>
    </message>
    <message>
        <source>The %1 needs an entry for the locale &quot;default&quot;.</source>
        <translation>%1 braucht einen Eintrag für das Gebietsschema „default“.</translation>
    </message>
    <message>
        <source>The menu has %1 items; from v8.0 Messenger allows at most %2.</source>
        <translation>Das Menü hat %1 Einträge; ab v8.0 erlaubt Messenger höchstens %2.</translation>
    </message>
    <message>
        <source>This menu level has %1 items; before v8.0 at most %2 are allowed here.</source>
        <translation>Diese Menüebene hat %1 Einträge; vor v8.0 sind hier höchstens %2 erlaubt.</translation>
    </message>
    <message>
        <source>Each menu item needs a title.</source>
        <translation>Jeder Menüeintrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>Der Titel „%1“ hat %2 Zeichen; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>A postback item needs a payload of 1 to %1 characters.</source>
        <translation>Ein Postback-Eintrag braucht eine Nutzlast mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>webview_height_ratio must be compact, tall or full.</source>
        <translation>webview_height_ratio muss compact, tall oder full sein.</translation>
    </message>
    <message>
        <source>fallback_url is allowed only when messenger_extensions is true.</source>
        <translation>fallback_url ist nur erlaubt, wenn messenger_extensions true ist.</translation>
    </message>
    <message>
        <source>webview_share_button can only be &quot;hide&quot;.</source>
        <translation>webview_share_button kann nur „hide“ sein.</translation>
    </message>
    <message>
        <source>Nested menus were removed in v8.0; this page uses a newer version, so the menu must be flat.</source>
        <translation>Verschachtelte Menüs wurden in v8.0 entfernt; diese Seite nutzt eine neuere Version, daher muss das Menü flach sein.</translation>
    </message>
    <message>
        <source>Menus nest at most %1 levels deep.</source>
        <translation>Menüs lassen sich höchstens %1 Ebenen tief verschachteln.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a menu item type; use postback or web_url.</source>
        <translation>„%1“ ist kein Menüeintragstyp; verwenden Sie postback oder web_url.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Das Feld „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id.</source>
        <translation>Das Feld „%1“ muss eine einfache ID sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation>Das Feld „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>the connection was closed or reset</source>
        <translation>die Verbindung wurde geschlossen oder zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgewiesen</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>die Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// because messenger_extensions is on.</source>
        <translation>„%1“ muss mit https:// beginnen, weil messenger_extensions eingeschaltet ist.</translation>
    </message>
    <message>
        <source>A sender action is sent on its own: send the message and the sender_action in two requests.</source>
        <translation>Eine Absenderaktion wird allein gesendet: Senden Sie die Nachricht und die sender_action in zwei Anfragen.</translation>
    </message>
    <message>
        <source>Give a message or a sender_action.</source>
        <translation>Geben Sie eine Nachricht oder eine sender_action an.</translation>
    </message>
    <message>
        <source>A message needs a messaging_type: RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation>Eine Nachricht braucht einen messaging_type: RESPONSE, UPDATE, MESSAGE_TAG oder UTILITY.</translation>
    </message>
    <message>
        <source>payload goes only with the sender_action react or unreact.</source>
        <translation>payload gehört nur zur sender_action react oder unreact.</translation>
    </message>
    <message>
        <source>The sender_action %1 needs payload.message_id: the id of the message to react to.</source>
        <translation>Die sender_action %1 braucht payload.message_id: die ID der Nachricht, auf die reagiert wird.</translation>
    </message>
    <message>
        <source>payload.reaction must be text, such as an emoji.</source>
        <translation>payload.reaction muss Text sein, etwa ein Emoji.</translation>
    </message>
    <message>
        <source>A reaction payload takes message_id and reaction, not &quot;%1&quot;.</source>
        <translation>Eine Reaktions-Nutzlast nimmt message_id und reaction, nicht „%1“.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Dieser Text hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>This field needs a text.</source>
        <translation>Dieses Feld braucht einen Text.</translation>
    </message>
    <message>
        <source>The buttons must be a list.</source>
        <translation>Die Schaltflächen müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>There are %1 buttons; %2 to %3 are allowed here.</source>
        <translation>Es gibt %1 Schaltflächen; hier sind %2 bis %3 erlaubt.</translation>
    </message>
    <message>
        <source>Each button needs a type, such as web_url or postback.</source>
        <translation>Jede Schaltfläche braucht einen Typ, etwa web_url oder postback.</translation>
    </message>
    <message>
        <source>A generic template has %1 elements; 1 to %2 are allowed.</source>
        <translation>Eine generische Vorlage hat %1 Elemente; erlaubt sind 1 bis %2.</translation>
    </message>
    <message>
        <source>A template needs a template_type, such as generic or button.</source>
        <translation>Eine Vorlage braucht einen template_type, etwa generic oder button.</translation>
    </message>
    <message>
        <source>The attachment must be an object {type, payload}.</source>
        <translation>Der Anhang muss ein Objekt {type, payload} sein.</translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video, file or template.</source>
        <translation>Der Anhangstyp muss image, audio, video, file oder template sein.</translation>
    </message>
    <message>
        <source>The attachment needs a payload object.</source>
        <translation>Der Anhang braucht ein payload-Objekt.</translation>
    </message>
    <message>
        <source>A media attachment needs a payload url or attachment_id.</source>
        <translation>Ein Medienanhang braucht eine payload-URL oder eine attachment_id.</translation>
    </message>
    <message>
        <source>The quick replies must be a list.</source>
        <translation>Die Schnellantworten müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation>Es gibt %1 Schnellantworten; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>content_type must be text, user_phone_number or user_email.</source>
        <translation>content_type muss text, user_phone_number oder user_email sein.</translation>
    </message>
    <message>
        <source>A text quick reply needs a title.</source>
        <translation>Eine Text-Schnellantwort braucht einen Titel.</translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>Der Titel der Schnellantwort „%1“ hat %2 Zeichen; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;first_name&quot;: text, &quot;last_name&quot;: text}, not %2.</source>
        <translation>Das Feld „%1“ muss {&quot;first_name&quot;: Text, &quot;last_name&quot;: Text} sein, nicht %2.</translation>
    </message>
    <message>
        <source>The operation %1 takes no input; &quot;%2&quot; is not one of its fields.</source>
        <translation>Die Operation %1 nimmt keine Eingabe; „%2“ ist keines ihrer Felder.</translation>
    </message>
    <message>
        <source>The operation %1 does not take &quot;%2&quot;; its fields are: %3.</source>
        <translation>Die Operation %1 nimmt „%2“ nicht an; ihre Felder sind: %3.</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>a list under &quot;data&quot; was expected</source>
        <translation>eine Liste unter „data“ wurde erwartet</translation>
    </message>
    <message>
        <source>a &quot;message_id&quot; was expected</source>
        <translation>eine „message_id“ wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;success&quot; was expected</source>
        <translation>„success“ wurde erwartet</translation>
    </message>
    <message>
        <source>a list of batch answers was expected</source>
        <translation>eine Liste von Batch-Antworten wurde erwartet</translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerReader</name>
    <message>
        <source>Graph did not answer within %1 seconds after the request was sent.</source>
        <translation>Graph hat nicht innerhalb von %1 Sekunden nach dem Senden der Anfrage geantwortet.</translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation>Graph hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The request was sent, but %1 before Graph&apos;s answer came.</source>
        <translation>Die Anfrage wurde gesendet, aber %1, bevor die Antwort von Graph kam.</translation>
    </message>
    <message>
        <source>The connection to Graph failed before the request was sent (%1); nothing was applied.</source>
        <translation>Die Verbindung zu Graph ist vor dem Senden der Anfrage fehlgeschlagen (%1); nichts wurde angewendet.</translation>
    </message>
    <message>
        <source>The connection to Graph failed: %1.</source>
        <translation>Die Verbindung zu Graph ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Graph&apos;s answer (HTTP %1) was cut off after %2 bytes: %3.</source>
        <translation>Die Antwort von Graph (HTTP %1) brach nach %2 Bytes ab: %3.</translation>
    </message>
    <message>
        <source>Graph answered HTTP %1, a redirect to %2, which is not followed.</source>
        <translation>Graph hat mit HTTP %1 geantwortet, einer Weiterleitung nach %2, der nicht gefolgt wird.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerShapes</name>
    <message>
        <source>Graph answered in a shape this version does not know (%1): &quot;%2&quot;.</source>
        <translation>Graph hat in einer Form geantwortet, die diese Version nicht kennt (%1): „%2“.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::BatchRequest</name>
    <message>
        <source>A file upload cannot go in a batch request.</source>
        <translation>Ein Datei-Upload kann nicht in einer Batch-Anfrage stehen.</translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 operations, not %2.</source>
        <translation>Ein Batch enthält 1 bis %1 Operationen, nicht %2.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation>Die App „%1“ ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>The batch answer has %1 items for %2 requests; item %3 is missing.</source>
        <translation>Die Batch-Antwort hat %1 Einträge für %2 Anfragen; Eintrag %3 fehlt.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::BulkJob</name>
    <message>
        <source>The bulk job was cancelled.</source>
        <translation>Der Massenauftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the job stopped at an error no retry can fix: %1</source>
        <translation>Nicht gesendet: Der Auftrag wurde bei einem Fehler beendet, den kein erneuter Versuch beheben kann: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::api::FieldRules</name>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>„%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an IP address; Messenger accepts only domain names.</source>
        <translation>„%1“ verwendet eine IP-Adresse; Messenger akzeptiert nur Domainnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to localhost, which Messenger does not accept.</source>
        <translation>„%1“ zeigt auf localhost, was Messenger nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The greeting must be a list of {locale, text} entries.</source>
        <translation>Die Begrüßung muss eine Liste von {locale, text}-Einträgen sein.</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>The greeting text is empty.</source>
        <translation>Der Begrüßungstext ist leer.</translation>
    </message>
    <message>
        <source>The greeting has %1 characters; Messenger allows at most %2.</source>
        <translation>Die Begrüßung hat %1 Zeichen; Messenger erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>{{%1}} is not a greeting placeholder; use {{user_first_name}}, {{user_last_name}} or {{user_full_name}}.</source>
        <translation>{{%1}} ist kein Platzhalter für Begrüßungen; verwenden Sie {{user_first_name}}, {{user_last_name}} oder {{user_full_name}}.</translation>
    </message>
    <message>
        <source>Whitelisted domains must be a list of https URLs.</source>
        <translation>Freigegebene Domains müssen eine Liste von https-URLs sein.</translation>
    </message>
    <message>
        <source>There are %1 whitelisted domains; Messenger allows at most %2.</source>
        <translation>Es gibt %1 freigegebene Domains; Messenger erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The get started button needs a payload.</source>
        <translation>Die „Los geht&apos;s“-Schaltfläche braucht eine Nutzlast.</translation>
    </message>
    <message>
        <source>The get started payload has %1 characters; at most %2 are allowed.</source>
        <translation>Die „Los geht&apos;s“-Nutzlast hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>home_url is deprecated from v7.0 and Graph refuses a profile update that holds it; this page uses %1.</source>
        <translation>home_url ist ab v7.0 veraltet, und Graph lehnt eine Profiländerung ab, die es enthält; diese Seite nutzt %1.</translation>
    </message>
    <message>
        <source>The home URL&apos;s webview_height_ratio must be &quot;tall&quot;.</source>
        <translation>webview_height_ratio der Start-URL muss „tall“ sein.</translation>
    </message>
    <message>
        <source>The home URL needs in_test set to true or false.</source>
        <translation>Für die Start-URL muss in_test auf true oder false stehen.</translation>
    </message>
    <message>
        <source>The audience type must be all, custom or none.</source>
        <translation>Der Zielgruppentyp muss all, custom oder none sein.</translation>
    </message>
    <message>
        <source>A custom audience needs a country whitelist or blacklist.</source>
        <translation>Eine eigene Zielgruppe braucht eine Länder-Positivliste oder -Sperrliste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>test_users must be a list of user ids.</source>
        <translation>test_users muss eine Liste von Nutzer-IDs sein.</translation>
    </message>
    <message>
        <source>ice breakers</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>There are %1 ice breakers; Messenger shows at most %2.</source>
        <translation>Es gibt %1 Gesprächseinstiege; Messenger zeigt höchstens %2.</translation>
    </message>
    <message>
        <source>Each ice breaker needs a question.</source>
        <translation>Jeder Gesprächseinstieg braucht eine Frage.</translation>
    </message>
    <message>
        <source>Each ice breaker needs a payload of 1 to %1 characters.</source>
        <translation>Jeder Gesprächseinstieg braucht eine Nutzlast mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Ice breakers must be a list.</source>
        <translation>Gesprächseinstiege müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger profile field.</source>
        <translation>„%1“ ist kein Feld des Messenger-Profils.</translation>
    </message>
    <message>
        <source>A persistent menu needs the get started button to be set first.</source>
        <translation>Ein dauerhaftes Menü setzt voraus, dass zuerst die „Los geht&apos;s“-Schaltfläche gesetzt ist.</translation>
    </message>
    <message>
        <source>The home URL&apos;s domain %1 must be in the whitelisted domains.</source>
        <translation>Die Domain %1 der Start-URL muss unter den freigegebenen Domains stehen.</translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation>Das Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>The persistent menu must be a list of per-locale menus.</source>
        <translation>Das dauerhafte Menü muss eine Liste von Menüs je Gebietsschema sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation>„%1“ ist kein Gebietsschema, das Facebook unterstützt (ll_CC wie en_US, oder default).</translation>
    </message>
    <message>
        <source>The locale %1 has two menus.</source>
        <translation>Das Gebietsschema %1 hat zwei Menüs.</translation>
    </message>
    <message>
        <source>composer_input_disabled must be true or false.</source>
        <translation>composer_input_disabled muss true oder false sein.</translation>
    </message>
    <message>
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation>Das dauerhafte Menü braucht ein Menü für das Gebietsschema „default“.</translation>
    </message>
    <message>
        <source>notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.</source>
        <translation>notification_type muss REGULAR, SILENT_PUSH oder NO_PUSH sein.</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The message needs a text or an attachment.</source>
        <translation>Die Nachricht braucht einen Text oder einen Anhang.</translation>
    </message>
    <message>
        <source>image_size must be a whole number from 100 to 2000.</source>
        <translation>image_size muss eine ganze Zahl von 100 bis 2000 sein.</translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video or file.</source>
        <translation>Der Anhangstyp muss image, audio, video oder file sein.</translation>
    </message>
    <message>
        <source>Give either a url or a local file, not both.</source>
        <translation>Geben Sie entweder eine URL oder eine lokale Datei an, nicht beides.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments may be at most 25 MB.</source>
        <translation>Die Datei ist %1 MB groß; Anhänge dürfen höchstens 25 MB groß sein.</translation>
    </message>
    <message>
        <source>The ref must be 1 to 250 characters from a-z, A-Z, 0-9, +, /, =, -, ., : and _.</source>
        <translation>Die Referenz muss 1 bis 250 Zeichen aus a-z, A-Z, 0-9, +, /, =, -, ., : und _ haben.</translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation>Geben Sie dem Anhang eine URL oder eine lokale Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with http:// or https://.</source>
        <translation>„%1“ muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The menu for %1 turns the composer off and has no items, so people could not answer at all.</source>
        <translation>Das Menü für %1 schaltet das Eingabefeld aus und hat keine Einträge, sodass niemand antworten könnte.</translation>
    </message>
    <message>
        <source>The tag %1 was retired in 2026 (reported on 2026-04-27); Graph refuses it on every version. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation>Das Tag %1 wurde 2026 abgeschafft (gemeldet am 2026-04-27); Graph lehnt es in jeder Version ab. Für die Antwort eines Menschen innerhalb von 7 Tagen nach der letzten Nachricht der Person nehmen Sie HUMAN_AGENT; innerhalb des 24-Stunden-Fensters braucht es kein Tag (senden Sie als RESPONSE oder UPDATE).</translation>
    </message>
    <message>
        <source>The tag %1 is not served: the other tags were retired on 2020-03-04 and in 2026. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation>Das Tag %1 wird nicht bedient: Die anderen Tags wurden am 2020-03-04 und 2026 abgeschafft. Für die Antwort eines Menschen innerhalb von 7 Tagen nach der letzten Nachricht der Person nehmen Sie HUMAN_AGENT; innerhalb des 24-Stunden-Fensters braucht es kein Tag (senden Sie als RESPONSE oder UPDATE).</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag; only HUMAN_AGENT is left.</source>
        <translation>Eine MESSAGE_TAG-Nachricht braucht ein Tag; nur HUMAN_AGENT ist geblieben.</translation>
    </message>
    <message>
        <source>A tag goes only with the messaging_type MESSAGE_TAG.</source>
        <translation>Ein Tag gibt es nur beim messaging_type MESSAGE_TAG.</translation>
    </message>
    <message>
        <source>The tag must be text, such as HUMAN_AGENT.</source>
        <translation>Das Tag muss Text sein, etwa HUMAN_AGENT.</translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation>messaging_type muss RESPONSE, UPDATE, MESSAGE_TAG oder UTILITY sein.</translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on, typing_off, react or unreact.</source>
        <translation>sender_action muss mark_seen, typing_on, typing_off, react oder unreact sein.</translation>
    </message>
    <message>
        <source>The message must be a JSON object.</source>
        <translation>Die Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>A message does not take &quot;%1&quot;; it takes text, attachment, quick_replies and metadata.</source>
        <translation>Eine Nachricht kennt „%1“ nicht; sie nimmt text, attachment, quick_replies und metadata.</translation>
    </message>
    <message>
        <source>A message has a text or an attachment, not both.</source>
        <translation>Eine Nachricht hat einen Text oder einen Anhang, nicht beides.</translation>
    </message>
    <message>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <source>metadata must be text.</source>
        <translation>metadata muss Text sein.</translation>
    </message>
    <message>
        <source>metadata has %1 characters; at most %2 are allowed.</source>
        <translation>metadata hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>period must be one of %1.</source>
        <translation>period muss eines von %1 sein.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphClient</name>
    <message>
        <source>There is no operation called &quot;%1&quot;; messenger-desk-cli ops lists them.</source>
        <translation>Es gibt keine Operation namens „%1“; messenger-desk-cli ops listet sie auf.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation>Die App „%1“ ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>No page access token is known for page %1 of app %2.</source>
        <translation>Für die Seite %1 der App %2 ist kein Seiten-Zugriffstoken bekannt.</translation>
    </message>
    <message>
        <source>No app token or app secret is known for app %1.</source>
        <translation>Für die App %1 ist weder ein App-Token noch ein App-Geheimnis bekannt.</translation>
    </message>
    <message>
        <source>The operation %1 needs a user access token.</source>
        <translation>Die Operation %1 braucht ein Nutzer-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>Die Graph-URL %1 wird abgelehnt: Verwenden Sie https, oder http nur zu einem Loopback-Host.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit holds calls for this app or Page back; the call was not sent.</source>
        <translation>Das Graph-Ratenlimit hält Aufrufe für diese App oder Seite zurück; der Aufruf wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Graph says it does not exist: an earlier attempt whose answer was lost had already deleted it.</source>
        <translation>Graph meldet, dass es nicht existiert: Ein früherer Versuch, dessen Antwort verloren ging, hatte es bereits gelöscht.</translation>
    </message>
    <message>
        <source>The call was cancelled after its request was sent (%1).</source>
        <translation>Der Aufruf wurde abgebrochen, nachdem seine Anfrage gesendet worden war (%1).</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation>Graph hat mit HTTP %1 und ohne Meldung geantwortet.</translation>
    </message>
    <message>
        <source>Graph may have applied this; check before you send it again.</source>
        <translation>Graph hat dies möglicherweise schon ausgeführt; prüfen Sie das, bevor Sie es erneut senden.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphResult</name>
    <message>
        <source>Graph answered HTTP %1 with an empty body.</source>
        <translation>Graph hat HTTP %1 mit leerem Inhalt geantwortet.</translation>
    </message>
    <message>
        <source>Graph answered HTTP %1 with a body that is not JSON (%2 at byte %3): &quot;%4&quot;.</source>
        <translation>Graph hat HTTP %1 mit einem Inhalt geantwortet, der kein JSON ist (%2 bei Byte %3): „%4“.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphVersions</name>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, beendet am %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Graph API %1 ends on %2 (in %n day(s)); move this app to %3 before then.</source>
        <translation>
            <numerusform>Graph API %1 endet am %2 (in %n Tag); stellen Sie diese App vorher auf %3 um.</numerusform>
            <numerusform>Graph API %1 endet am %2 (in %n Tagen); stellen Sie diese App vorher auf %3 um.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph API %1 ended on %2: Graph now serves its calls as %3, the oldest version still available, so behaviour may differ.</source>
        <translation>Graph API %1 endete am %2: Graph bedient ihre Aufrufe jetzt als %3, die älteste noch verfügbare Version, daher kann sich das Verhalten unterscheiden.</translation>
    </message>
    <message>
        <source>Graph API %1 is no longer available: Graph serves its calls as %2, the oldest version still available, so behaviour may differ.</source>
        <translation>Graph API %1 ist nicht mehr verfügbar: Graph bedient ihre Aufrufe als %2, die älteste noch verfügbare Version, daher kann sich das Verhalten unterscheiden.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::InsightsMetrics</name>
    <message>
        <source>Messaging connections</source>
        <translation>Messaging-Verbindungen</translation>
    </message>
    <message>
        <source>People the Page can message at the end of the day.</source>
        <translation>Personen, denen die Seite am Ende des Tages schreiben kann.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Neue Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations started by people who had never messaged the Page.</source>
        <translation>Unterhaltungen von Personen, die der Seite noch nie geschrieben hatten.</translation>
    </message>
    <message>
        <source>Blocked conversations</source>
        <translation>Blockierte Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations in which people blocked the Page.</source>
        <translation>Unterhaltungen, in denen Personen die Seite blockiert haben.</translation>
    </message>
    <message>
        <source>Reported conversations</source>
        <translation>Gemeldete Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations people reported, for example as spam.</source>
        <translation>Unterhaltungen, die Personen gemeldet haben, etwa als Spam.</translation>
    </message>
    <message>
        <source>Reported conversations by type</source>
        <translation>Gemeldete Unterhaltungen nach Art</translation>
    </message>
    <message>
        <source>Reported conversations split into spam, inappropriate and other.</source>
        <translation>Gemeldete Unterhaltungen, aufgeteilt in Spam, unangemessen und Sonstiges.</translation>
    </message>
    <message>
        <source>Active threads</source>
        <translation>Aktive Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations with at least one message in the period.</source>
        <translation>Unterhaltungen mit mindestens einer Nachricht im Zeitraum.</translation>
    </message>
    <message>
        <source>Feedback by action</source>
        <translation>Rückmeldungen nach Aktion</translation>
    </message>
    <message>
        <source>People&apos;s feedback on the Page&apos;s messages, by action.</source>
        <translation>Rückmeldungen von Personen zu den Nachrichten der Seite, nach Aktion.</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Offene Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations open at the end of the period.</source>
        <translation>Am Ende des Zeitraums offene Unterhaltungen.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::OperationTable</name>
    <message>
        <source>The Broadcast API was deprecated with v4.0 on 2019-07-29 and stopped working on all versions on 2020-01-15.</source>
        <translation>Die Broadcast-API wurde mit v4.0 am 2019-07-29 als veraltet markiert und funktioniert seit 2020-01-15 in keiner Version mehr.</translation>
    </message>
    <message>
        <source>home_url (Chat Extensions) is deprecated from v7.0 (May 2020); a profile update that holds it fails as a whole there.</source>
        <translation>home_url (Chat Extensions) ist ab v7.0 (Mai 2020) veraltet; eine Profiländerung, die es enthält, schlägt dort als Ganzes fehl.</translation>
    </message>
    <message>
        <source>%1 has been dropped from Meta&apos;s documentation; Graph may ignore or refuse it.</source>
        <translation>%1 wurde aus der Dokumentation von Meta entfernt; Graph kann es ignorieren oder ablehnen.</translation>
    </message>
    <message>
        <source>Messenger codes were removed on all versions on 2019-10-29.</source>
        <translation>Messenger-Codes wurden am 2019-10-29 in allen Versionen entfernt.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::Pager</name>
    <message>
        <source>Fetching the list was cancelled.</source>
        <translation>Das Abrufen der Liste wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::ParamCheck</name>
    <message>
        <source>The field &quot;%1&quot; must be an object with exactly one of: %2; not %3.</source>
        <translation>Das Feld „%1“ muss ein Objekt mit genau einem von %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; goes only with a phone_number recipient.</source>
        <translation>Das Feld „%1“ gibt es nur bei einem Empfänger mit phone_number.</translation>
    </message>
    <message>
        <source>The recipient does not take &quot;%1&quot;; give exactly one of: %2 (and a name with phone_number).</source>
        <translation>Der Empfänger kennt „%1“ nicht; geben Sie genau eines von %2 an (und zu phone_number einen name).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (digits), not %2.</source>
        <translation>Das Feld „%1“ muss eine PSID (Ziffern) sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id such as &quot;123_456&quot;, not %2.</source>
        <translation>Das Feld „%1“ muss eine einfache ID wie „123_456“ sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, not %2.</source>
        <translation>Das Feld „%1“ muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>The recipient needs exactly one of: %1.</source>
        <translation>Der Empfänger braucht genau eines von: %1.</translation>
    </message>
    <message>
        <source>The recipient has %1; give exactly one of: %2.</source>
        <translation>Der Empfänger hat %1; geben Sie genau eines an von: %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an id: digits such as &quot;1234567890&quot;, not %2.</source>
        <translation>Das Feld „%1“ muss eine ID sein: Ziffern wie „1234567890“, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (a page-scoped user id of digits), not %2.</source>
        <translation>Das Feld „%1“ muss eine PSID sein (eine seitenbezogene Nutzer-ID aus Ziffern), nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id without /, ?, # or spaces, not %2.</source>
        <translation>Das Feld „%1“ muss eine einfache ID ohne /, ?, # oder Leerzeichen sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a paging cursor (text), not %2.</source>
        <translation>Das Feld „%1“ muss ein Seiten-Cursor (Text) sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an http:// or https:// URL, not %2.</source>
        <translation>Das Feld „%1“ muss eine http://- oder https://-URL sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be one of %2, not %3.</source>
        <translation>Das Feld „%1“ muss eines von %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of names (a JSON list of text or comma-separated text), not %2.</source>
        <translation>Das Feld „%1“ muss eine Liste von Namen sein (eine JSON-Liste von Texten oder durch Kommas getrennter Text), nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false, not %2.</source>
        <translation>Das Feld „%1“ muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be Unix seconds or a date such as 2026-01-31, not %2.</source>
        <translation>Das Feld „%1“ muss Unix-Sekunden oder ein Datum wie 2026-01-31 sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON object, not %2.</source>
        <translation>Das Feld „%1“ muss ein JSON-Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON list, not %2.</source>
        <translation>Das Feld „%1“ muss eine JSON-Liste sein, nicht %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;id&quot;: PSID} with the PSID as digits, not %2.</source>
        <translation>Das Feld „%1“ muss {&quot;id&quot;: PSID} mit der PSID als Ziffern sein, nicht %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::WaitNotice</name>
    <message>
        <source>Waiting %1 s for Graph&apos;s rate limit, until %2.</source>
        <translation>Warten auf das Ratenlimit von Graph: %1 s, bis %2.</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again, until %2.</source>
        <translation>Warten vor dem nächsten Versuch: %1 s, bis %2.</translation>
    </message>
    <message>
        <source>Graph expects to allow calls again at %1 (in %2 min); that is longer than this call may wait, so it stopped. Run it again after that time.</source>
        <translation>Graph erwartet, Aufrufe ab %1 wieder zuzulassen (in %2 Min.); so lange darf dieser Aufruf nicht warten, daher wurde er beendet. Führen Sie ihn nach dieser Zeit erneut aus.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::KeychainBackendLoader</name>
    <message>
        <source>The keychain module %1 could not be loaded (%2), so no secret can be stored or read.</source>
        <translation>Das Schlüsselbund-Modul %1 konnte nicht geladen werden (%2), daher kann kein Geheimnis gespeichert oder gelesen werden.</translation>
    </message>
    <message>
        <source>The keychain module is not installed (looked for %1), so no secret can be stored or read.</source>
        <translation>Das Schlüsselbund-Modul ist nicht installiert (gesucht unter %1), daher kann kein Geheimnis gespeichert oder gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::SecretStore</name>
    <message>
        <source>The keychain holds no entry named &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag namens „%1“.</translation>
    </message>
    <message>
        <source>No keychain is available: Messenger Desk needs the Secret Service (for example GNOME Keyring or KWallet) on the D-Bus session bus. Nothing was stored.</source>
        <translation>Kein Schlüsselbund verfügbar: Messenger Desk benötigt den Secret Service (zum Beispiel GNOME Keyring oder KWallet) auf dem D-Bus-Sitzungsbus. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to &quot;%1&quot;. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff auf „%1“. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain entry &quot;%1&quot; was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund-Eintrag „%1“ wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain could not handle the entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund konnte den Eintrag „%1“ nicht verarbeiten.</translation>
    </message>
    <message>
        <source>%1 (Keychain: %2)</source>
        <translation>%1 (Schlüsselbund: %2)</translation>
    </message>
</context>
<context>
    <name>mdesk::app::SettingsAccountStore</name>
    <message>
        <source>Secrets of the sandbox&apos;s demo apps cannot be changed, and secrets need a valid app and Page ID.</source>
        <translation>Geheimnisse der Demo-Apps der Sandbox lassen sich nicht ändern, und Geheimnisse brauchen eine gültige App- und Seiten-ID.</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Ein leeres Geheimnis wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AccountCommand</name>
    <message>
        <source>--%1 does not go with &quot;account %2&quot;; see &quot;account --help&quot;.</source>
        <translation>--%1 passt nicht zu „account %2“; siehe „account --help“.</translation>
    </message>
    <message>
        <source>Use: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</source>
        <translation>Aufruf: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</translation>
    </message>
    <message>
        <source>No %1 arrived on stdin.</source>
        <translation>Auf stdin kam kein %1 an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id.</source>
        <translation>„%1“ ist keine App-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version such as v23.0.</source>
        <translation>„%1“ ist keine Graph-Version wie v23.0.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>Die Graph-URL %1 wird abgelehnt: Verwenden Sie https, oder http nur zu einem Loopback-Host.</translation>
    </message>
    <message>
        <source>app secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an APP_ID/PAGE_ID pair.</source>
        <translation>„%1/%2“ ist kein Paar APP_ID/PAGE_ID.</translation>
    </message>
    <message>
        <source>The app %1 is not set up; add it first with &quot;account add-app %1&quot;.</source>
        <translation>Die App %1 ist nicht eingerichtet; fügen Sie sie zuerst mit „account add-app %1“ hinzu.</translation>
    </message>
    <message>
        <source>A page needs its access token: pipe it in and pass --token-stdin.</source>
        <translation>Eine Seite braucht ihr Zugriffstoken: Leiten Sie es per Pipe ein und geben Sie --token-stdin an.</translation>
    </message>
    <message>
        <source>page access token</source>
        <translation>Seiten-Zugriffstoken</translation>
    </message>
    <message>
        <source>Secret presence is unknown: %1</source>
        <translation>Ob ein Geheimnis vorliegt, ist unbekannt: %1</translation>
    </message>
    <message>
        <source>The app %1 is not set up.</source>
        <translation>Die App %1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The page %1 of app %2 is not set up.</source>
        <translation>Die Seite %1 der App %2 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain could not remove every secret (%1); the account stays in settings so the command can be repeated.</source>
        <translation>Der Schlüsselbund konnte nicht jedes Geheimnis entfernen (%1); das Konto bleibt in den Einstellungen, damit der Befehl wiederholt werden kann.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AudienceCommand</name>
    <message>
        <source>Use: audience sync | audience list [--label ID] [--open] | audience import FILE [--skip-bad].</source>
        <translation>Verwendung: audience sync | audience list [--label ID] [--open] | audience import DATEI [--skip-bad].</translation>
    </message>
    <message>
        <source>--label and --open belong to &quot;audience list&quot;.</source>
        <translation>--label und --open gehören zu &quot;audience list&quot;.</translation>
    </message>
    <message>
        <source>--skip-bad belongs to &quot;audience import&quot;.</source>
        <translation>--skip-bad gehört zu &quot;audience import&quot;.</translation>
    </message>
    <message>
        <source>--page-size belongs to &quot;audience sync&quot;.</source>
        <translation>--page-size gehört zu &quot;audience sync&quot;.</translation>
    </message>
    <message>
        <source>--page-size expects a number from 1 to 100, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 100, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>&quot;%1&quot; ist keine Label-ID.</translation>
    </message>
    <message>
        <source>audience sync: %1 threads read, %2 new or changed</source>
        <translation>audience sync: %1 Unterhaltungen gelesen, %2 neu oder geändert</translation>
    </message>
    <message>
        <source>%1 What was read is kept; the next &quot;audience sync&quot; resumes.</source>
        <translation>%1 Das bereits Gelesene bleibt erhalten; das nächste &quot;audience sync&quot; setzt fort.</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The import cannot start: %1</source>
        <translation>Der Import kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a PSID (a PSID is digits only).</source>
        <translation>%1:%2: &quot;%3&quot; ist keine PSID (eine PSID besteht nur aus Ziffern).</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more bad lines are not shown.</source>
        <translation>
            <numerusform>%n weitere fehlerhafte Zeile wird nicht angezeigt.</numerusform>
            <numerusform>%n weitere fehlerhafte Zeilen werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad lines; nothing was imported. Fix them, or pass --skip-bad to import the good lines.</source>
        <translation>
            <numerusform>%1 hat %n fehlerhafte Zeile; nichts wurde importiert. Korrigieren Sie sie oder geben Sie --skip-bad an, um die gültigen Zeilen zu importieren.</numerusform>
            <numerusform>%1 hat %n fehlerhafte Zeilen; nichts wurde importiert. Korrigieren Sie sie oder geben Sie --skip-bad an, um die gültigen Zeilen zu importieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::BroadcastCommand</name>
    <message>
        <source>Use: broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list or broadcast report ID [--csv].</source>
        <translation>Aufruf: broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list oder broadcast report ID [--csv].</translation>
    </message>
    <message>
        <source>The local store cannot be used: %1</source>
        <translation>Der lokale Speicher kann nicht benutzt werden: %1</translation>
    </message>
    <message>
        <source>broadcast send takes no further arguments: %1</source>
        <translation>broadcast send nimmt keine weiteren Argumente: %1</translation>
    </message>
    <message>
        <source>broadcast send needs --message-file F (a Send API message object).</source>
        <translation>broadcast send braucht --message-file F (ein message-Objekt der Send API).</translation>
    </message>
    <message>
        <source>Choose exactly one audience: --label ID, --psids FILE or --all-open.</source>
        <translation>Wählen Sie genau eine Zielgruppe: --label ID, --psids FILE oder --all-open.</translation>
    </message>
    <message>
        <source>The message file is not a JSON object: %1 at offset %2.</source>
        <translation>Die Nachrichtendatei ist kein JSON-Objekt: %1 an Position %2.</translation>
    </message>
    <message>
        <source>message.%1: %2</source>
        <translation>message.%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n fault(s); nothing was sent.</source>
        <translation>
            <numerusform>Die Nachricht hat %n Fehler; es wurde nichts gesendet.</numerusform>
            <numerusform>Die Nachricht hat %n Fehler; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation>Broadcast vom %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>„%1“ ist keine Label-ID.</translation>
    </message>
    <message>
        <source>Line %1 of the PSID file is not a PSID: &quot;%2&quot;.</source>
        <translation>Zeile %1 der PSID-Datei ist keine PSID: „%2“.</translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation>Die PSID-Datei enthält keine PSIDs (eine pro Zeile).</translation>
    </message>
    <message>
        <source>The Page has no label %1 (%2); nothing was sent.</source>
        <translation>Die Seite hat kein Label %1 (%2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The audience holds nobody the app knows; nothing was sent.</source>
        <translation>Die Zielgruppe enthält niemanden, den die App kennt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>Broadcast %1</translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done</source>
        <translation>Broadcast %1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done, about %4 s left</source>
        <translation>Broadcast %1: %2 von %3 erledigt, noch etwa %4 s</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CallCommand</name>
    <message>
        <source>call needs an operation id; &quot;ops&quot; lists them.</source>
        <translation>call braucht eine Vorgangs-ID; „ops“ listet sie auf.</translation>
    </message>
    <message>
        <source>There is no operation called &quot;%1&quot;; &quot;ops&quot; lists them.</source>
        <translation>Es gibt keinen Vorgang namens „%1“; „ops“ listet sie auf.</translation>
    </message>
    <message>
        <source>Give the input once: --input JSON, --input-file F or - for stdin.</source>
        <translation>Geben Sie die Eingabe einmal an: --input JSON, --input-file F oder - für stdin.</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at byte %2.</source>
        <translation>Die Eingabe ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The --input value is not valid UTF-8; nothing was sent.</source>
        <translation>Der Wert von --input ist kein gültiges UTF-8; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The --input value is larger than %1, the limit for a call input; nothing was sent.</source>
        <translation>Der Wert von --input ist größer als %1, die Grenze für eine Aufrufeingabe; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliCommand</name>
    <message>
        <source>%1 The keychain could not be read: %2</source>
        <translation>%1 Der Schlüsselbund konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliContext</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation>Die Sandbox konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>No page is set up: add one with &quot;account add-page&quot;, pass --page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use --sandbox.</source>
        <translation>Es ist keine Seite eingerichtet: Fügen Sie eine mit „account add-page“ hinzu, übergeben Sie --page APP_ID/PAGE_ID mit MESSENGER_DESK_PAGE_TOKEN oder verwenden Sie --sandbox.</translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation>Mehrere Seiten sind eingerichtet; wählen Sie eine mit --page APP_ID/PAGE_ID.</translation>
    </message>
    <message>
        <source>The Graph URL &quot;%1&quot; from %2 is refused: use https, or http only to a loopback host.</source>
        <translation>Die Graph-URL „%1“ aus %2 wird abgelehnt: Verwenden Sie https, oder http nur zu einem Loopback-Host.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliRunner</name>
    <message>
        <source>--%1 expects a number of seconds above 0 and up to %2, got &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine Anzahl Sekunden über 0 und höchstens %2, erhalten: „%3“.</translation>
    </message>
    <message>
        <source>The command did not finish within --deadline %1 seconds; it was stopped.</source>
        <translation>Der Befehl wurde nicht innerhalb von --deadline %1 Sekunden fertig; er wurde beendet.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliStorageLoader</name>
    <message>
        <source>The store module %1 could not be loaded (%2), so the local database and the sandbox cannot be used.</source>
        <translation>Das Datenbank-Modul %1 konnte nicht geladen werden (%2), daher können die lokale Datenbank und die Sandbox nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The store module is not installed (looked for %1), so the local database and the sandbox cannot be used.</source>
        <translation>Das Datenbank-Modul ist nicht installiert (gesucht unter %1), daher können die lokale Datenbank und die Sandbox nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::InsightsCommand</name>
    <message>
        <source>Use: insights export --metrics A,B [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--period day|week|days_28] [--format csv|json].</source>
        <translation>Aufruf: insights export --metrics A,B [--since JJJJ-MM-TT] [--until JJJJ-MM-TT] [--period day|week|days_28] [--format csv|json].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric name.</source>
        <translation>„%1“ ist kein Kennzahlname.</translation>
    </message>
    <message>
        <source>Name at least one metric with --metrics, for example --metrics %1.</source>
        <translation>Nennen Sie mit --metrics mindestens eine Kennzahl, zum Beispiel --metrics %1.</translation>
    </message>
    <message>
        <source>The period must be day, week or days_28, not &quot;%1&quot;.</source>
        <translation>Die Periode muss day, week oder days_28 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The format must be csv or json, not &quot;%1&quot;.</source>
        <translation>Das Format muss csv oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--until must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until muss ein Datum der Form JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--since must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since muss ein Datum der Form JJJJ-MM-TT sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--since (%1) must be before --until (%2); until is exclusive.</source>
        <translation>--since (%1) muss vor --until (%2) liegen; until selbst zählt nicht mit.</translation>
    </message>
    <message>
        <source>Graph keeps insights for two years and counts only complete days: exporting %1 to %2 (until exclusive).</source>
        <translation>Graph bewahrt Statistiken zwei Jahre auf und zählt nur vollständige Tage: exportiert wird %1 bis %2 (ohne %2).</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 wurde nicht exportiert: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::LabelsCommand</name>
    <message>
        <source>Use: labels bulk label|unlabel LABEL_ID PSID_FILE (- reads stdin).</source>
        <translation>Aufruf: labels bulk label|unlabel LABEL_ID PSID_FILE (- liest stdin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>„%1“ ist keine Label-ID.</translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation>Die PSID-Datei enthält keine PSIDs (eine pro Zeile).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs failed; see &quot;failures&quot; in the report.</source>
        <translation>%1 von %2 PSIDs sind fehlgeschlagen; siehe „failures“ im Bericht.</translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs may have been applied (&quot;unknown&quot; in the report): Graph may have applied this; check before you send it again.</source>
        <translation>%1 von %2 PSIDs wurden möglicherweise ausgeführt („unknown“ im Bericht): Graph hat dies möglicherweise schon ausgeführt; prüfen Sie das, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>The job stopped early: %1</source>
        <translation>Der Auftrag wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a PSID (a PSID is digits only): &quot;%3&quot;; nothing was sent.</source>
        <translation>Zeile %1 von %2 ist keine PSID (eine PSID besteht nur aus Ziffern): „%3“; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate PSID(s) in the list were dropped.</source>
        <translation>
            <numerusform>%n doppelte PSID in der Liste wurde verworfen.</numerusform>
            <numerusform>%n doppelte PSIDs in der Liste wurden verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::OpsCommand</name>
    <message>
        <source>ops takes no arguments.</source>
        <translation>ops nimmt keine Argumente.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::ProfileCommand</name>
    <message>
        <source>The profile file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Die Profildatei %1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Messenger profile field; the fields are %3.</source>
        <translation>%1: „%2“ ist kein Feld des Messenger-Profils; die Felder sind %3.</translation>
    </message>
    <message>
        <source>%1 cannot be applied on this page&apos;s Graph version: %2</source>
        <translation>%1 lässt sich mit der Graph-Version dieser Seite nicht anwenden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation>Das Profil konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Wrote %1 profile fields to %2.</source>
        <translation>%1 Profilfelder nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run] [--prune].</source>
        <translation>Verwendung: profile export [DATEI] | profile diff DATEI | profile apply DATEI [--dry-run] [--prune].</translation>
    </message>
    <message>
        <source>--dry-run and --prune go with profile apply.</source>
        <translation>--dry-run und --prune gehören zu profile apply.</translation>
    </message>
    <message>
        <source>The profile file %1 is empty; applying it would clear every field of the page. Nothing was sent.</source>
        <translation>Die Profildatei %1 ist leer; sie anzuwenden würde jedes Feld der Seite leeren. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2. Nothing was sent; pass --prune to clear them.</source>
        <translation>
            <numerusform>%1 würde %n Feld der Seite leeren: %2. Es wurde nichts gesendet; geben Sie --prune an, um es zu leeren.</numerusform>
            <numerusform>%1 würde %n Felder der Seite leeren: %2. Es wurde nichts gesendet; geben Sie --prune an, um sie zu leeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2; apply needs --prune for that.</source>
        <translation>
            <numerusform>%1 würde %n Feld der Seite leeren: %2; apply braucht dafür --prune.</numerusform>
            <numerusform>%1 würde %n Felder der Seite leeren: %2; apply braucht dafür --prune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::SandboxCommand</name>
    <message>
        <source>--port expects a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>LocalGraph could not listen on 127.0.0.1:%1: %2</source>
        <translation>LocalGraph konnte nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>--%1 expects a JSON object.</source>
        <translation>--%1 erwartet ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>Use: sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation>Verwendung: sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON] [--profile-limit].</translation>
    </message>
    <message>
        <source>--contacts expects a number of people per page from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--contacts erwartet eine Anzahl Personen pro Seite von 0 bis %1, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::AttachmentShelf</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 days old; expired %2 days ago, Graph no longer knows it.</source>
        <translation>%1 Tage alt; vor %2 Tagen abgelaufen, Graph kennt sie nicht mehr.</translation>
    </message>
    <message>
        <source>%1 days old; expires in %2 days (%3).</source>
        <translation>%1 Tage alt; läuft in %2 Tagen ab (%3).</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BoundedFileReader</name>
    <message>
        <source>a call input</source>
        <translation>eine Aufrufeingabe</translation>
    </message>
    <message>
        <source>a profile file</source>
        <translation>eine Profildatei</translation>
    </message>
    <message>
        <source>a menu file</source>
        <translation>eine Menüdatei</translation>
    </message>
    <message>
        <source>a message file</source>
        <translation>eine Nachrichtendatei</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>ein Geheimnis</translation>
    </message>
    <message>
        <source>a PSID list</source>
        <translation>eine PSID-Liste</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3; nothing was read.</source>
        <translation>%1 ist größer als %2, die Grenze für %3; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is longer than %3 bytes, the limit for one line of a PSID list; nothing was read.</source>
        <translation>Zeile %1 von %2 ist länger als %3 Bytes, die Grenze für eine Zeile einer PSID-Liste; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 PSIDs, the limit for one PSID list; nothing was read.</source>
        <translation>%1 enthält mehr als %2 PSIDs, die Grenze für eine PSID-Liste; es wurde nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastBook</name>
    <message>
        <source>Broadcast %1 is being sent by another window or command right now.</source>
        <translation>Broadcast %1 wird gerade von einem anderen Fenster oder Befehl gesendet.</translation>
    </message>
    <message>
        <source>The broadcast could not be stored in the local store.</source>
        <translation>Der Broadcast konnte nicht im lokalen Speicher abgelegt werden.</translation>
    </message>
    <message>
        <source>There is no broadcast %1 for this Page.</source>
        <translation>Für diese Seite gibt es keinen Broadcast %1.</translation>
    </message>
    <message numerus="yes">
        <source>the journal marked none of %n person(s) as sending</source>
        <translation>
            <numerusform>das Journal hat %n Person nicht als „wird gesendet“ markiert</numerusform>
            <numerusform>das Journal hat keine der %n Personen als „wird gesendet“ markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>a result could not be recorded</source>
        <translation>ein Ergebnis konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the broadcast&apos;s state could not be stored</source>
        <translation>der Zustand des Broadcasts konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastRunner</name>
    <message>
        <source>no row could be marked</source>
        <translation>keine Zeile konnte markiert werden</translation>
    </message>
    <message>
        <source>The broadcast journal could not be written (%1); nothing more is sent.</source>
        <translation>Das Broadcast-Journal konnte nicht geschrieben werden (%1); es wird nichts mehr gesendet.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::CallCommandLines</name>
    <message>
        <source>The request of %1 has no URL to show.</source>
        <translation>Die Anfrage von %1 hat keine URL, die gezeigt werden kann.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>open, %1 h %2 min left</source>
        <translation>offen, noch %1 h %2 min</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>24-hour window</source>
        <translation>24-Stunden-Fenster</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ConversationSync</name>
    <message>
        <source>The local store could not be updated: %1</source>
        <translation>Der lokale Speicher konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Reading the conversations failed: %1</source>
        <translation>Das Lesen der Unterhaltungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the Page&apos;s conversations, newest first...</source>
        <translation>Die Unterhaltungen der Seite werden gelesen, neueste zuerst …</translation>
    </message>
    <message>
        <source>%1 conversations read, %2 new or changed.</source>
        <translation>%1 Unterhaltungen gelesen, %2 neu oder geändert.</translation>
    </message>
    <message>
        <source>Sync done: %1 conversations read, %2 new or changed.</source>
        <translation>Synchronisierung fertig: %1 Unterhaltungen gelesen, %2 neu oder geändert.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was read is kept and the next sync goes on from there.</source>
        <translation>Synchronisierung abgebrochen; das Gelesene bleibt erhalten und die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>Sync failed: %1 What was read is kept.</source>
        <translation>Synchronisierung fehlgeschlagen: %1 Das Gelesene bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::DraftStore</name>
    <message>
        <source>The draft folder %1 cannot be created.</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2.</source>
        <translation>Der Entwurf konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::Eligibility</name>
    <message>
        <source>%n can be reached now</source>
        <translation>%n ist jetzt erreichbar</translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (the most recent closed at %1; a window reopens when the person writes again)</source>
        <translation>%n außerhalb des 24-Stunden-Fensters (das jüngste schloss am %1; ein Fenster öffnet sich wieder, wenn die Person erneut schreibt)</translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (they never wrote to the Page)</source>
        <translation>%n außerhalb des 24-Stunden-Fensters (hat der Seite nie geschrieben)</translation>
    </message>
    <message>
        <source>%n unavailable</source>
        <translation>%n nicht erreichbar</translation>
    </message>
    <message>
        <source>%n unknown to the app (no conversation synced)</source>
        <translation>%n der App unbekannt (keine Unterhaltung synchronisiert)</translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventJsonLines</name>
    <message>
        <source>The event log could not be written to %1: %2.</source>
        <translation>Das Ereignisprotokoll konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventLogModel</name>
    <message>
        <source>Page %1 of app %2</source>
        <translation>Seite %1 der App %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>tx_id</source>
        <translation>tx_id</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from the local database</source>
        <translation>
            <numerusform>%n Ereignis aus der lokalen Datenbank</numerusform>
            <numerusform>%n Ereignisse aus der lokalen Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Events since this window opened</source>
        <translation>Ereignisse seit dem Öffnen dieses Fensters</translation>
    </message>
    <message>
        <source>Events of earlier runs of Messenger Desk and of the command line, kept in the local database.</source>
        <translation>Ereignisse früherer Läufe von Messenger Desk und der Kommandozeile, in der lokalen Datenbank aufbewahrt.</translation>
    </message>
    <message>
        <source>Events of this run.</source>
        <translation>Ereignisse dieses Laufs.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::GraphFailureText</name>
    <message>
        <source>The app or the Page lacks a permission for this, so Graph refused it; trying again will not help until the permission is granted.</source>
        <translation>Der App oder der Seite fehlt dafür eine Berechtigung, daher hat Graph abgelehnt; ein neuer Versuch hilft erst, wenn die Berechtigung erteilt ist.</translation>
    </message>
    <message>
        <source>Graph refused a value as invalid; correct it and try again.</source>
        <translation>Graph hat einen Wert als ungültig abgelehnt; korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Graph did not answer in time; nothing was changed by a read, so you can try again.</source>
        <translation>Graph hat nicht rechtzeitig geantwortet; ein Lesezugriff ändert nichts, Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>No usable answer came after the request left.</source>
        <translation>Nachdem die Anfrage gesendet war, kam keine verwertbare Antwort.</translation>
    </message>
    <message>
        <source>The Page token is invalid or expired; add a new one in Accounts.</source>
        <translation>Das Seiten-Token ist ungültig oder abgelaufen; fügen Sie unter Konten ein neues hinzu.</translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit was reached; nothing was done, try again later.</source>
        <translation>Das Ratenlimit von Graph ist erreicht; nichts wurde ausgeführt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Graph could not be reached.</source>
        <translation>Graph war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Graph had a problem of its own; try again later.</source>
        <translation>Graph hatte ein eigenes Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This operation is no longer served on this Graph version.</source>
        <translation>Diese Operation wird in dieser Graph-Version nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>The input was refused before sending; nothing was sent.</source>
        <translation>Die Eingabe wurde vor dem Senden abgelehnt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>It was cancelled before anything was sent.</source>
        <translation>Es wurde abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Graph refused it.</source>
        <translation>Graph hat abgelehnt.</translation>
    </message>
    <message>
        <source>Graph said: %1</source>
        <translation>Graph meldete: %1</translation>
    </message>
    <message>
        <source>The upload was cancelled before the file left; nothing was sent.</source>
        <translation>Das Hochladen wurde abgebrochen, bevor die Datei gesendet wurde; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Graph may have kept the file; no attachment id came back, so upload it again if you need one.</source>
        <translation>Graph hat die Datei möglicherweise behalten; es kam keine Anhang-ID zurück, laden Sie sie also erneut hoch, wenn Sie eine brauchen.</translation>
    </message>
    <message>
        <source>The file was not uploaded.</source>
        <translation>Die Datei wurde nicht hochgeladen.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::InputCheck</name>
    <message>
        <source>There is no operation called &quot;%1&quot;.</source>
        <translation>Es gibt keine Operation namens „%1“.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::LabelCallRecorder</name>
    <message>
        <source>The label index could not be updated: %1</source>
        <translation>Der Label-Index konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::MenuModel</name>
    <message>
        <source>Add the %1 menu</source>
        <translation>Das Menü %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add the item &quot;%1&quot;</source>
        <translation>Den Eintrag „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Turn typing off</source>
        <translation>Eingabe ausschalten</translation>
    </message>
    <message>
        <source>Turn typing on</source>
        <translation>Eingabe einschalten</translation>
    </message>
    <message>
        <source>Copy the %1 menu to %2</source>
        <translation>Das Menü %1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>%1 (typing turned off)</source>
        <translation>%1 (Eingabe ausgeschaltet)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Rename the locale</source>
        <translation>Gebietsschema umbenennen</translation>
    </message>
    <message>
        <source>Rename the item</source>
        <translation>Eintrag umbenennen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>mdesk::models::MessagingPolicy</name>
    <message>
        <source>The tag %1 was retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation>Das Tag %1 wurde 2026 eingestellt (gemeldet am 2026-04-27); nur HUMAN_AGENT ist geblieben.</translation>
    </message>
    <message>
        <source>The tag %1 does not exist; only HUMAN_AGENT is left.</source>
        <translation>Das Tag %1 gibt es nicht; nur HUMAN_AGENT ist geblieben.</translation>
    </message>
    <message>
        <source>HUMAN_AGENT is for a person answering one person; it cannot go to %1 people at once.</source>
        <translation>HUMAN_AGENT ist für einen Menschen, der einer Person antwortet; es kann nicht an %1 Personen zugleich gehen.</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation>Eine MESSAGE_TAG-Nachricht braucht ein Tag.</translation>
    </message>
    <message>
        <source>A tag goes with the messaging type MESSAGE_TAG.</source>
        <translation>Ein Tag gehört zum Nachrichtentyp MESSAGE_TAG.</translation>
    </message>
    <message>
        <source>A broadcast uses the messaging type UPDATE (inside the 24-hour window) or MESSAGE_TAG with HUMAN_AGENT.</source>
        <translation>Ein Broadcast nutzt den Nachrichtentyp UPDATE (im 24-Stunden-Fenster) oder MESSAGE_TAG mit HUMAN_AGENT.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::OneRecipient</name>
    <message>
        <source>PSID (a person who wrote to the Page)</source>
        <translation>PSID (eine Person, die der Seite geschrieben hat)</translation>
    </message>
    <message>
        <source>user_ref (checkbox or chat plugin)</source>
        <translation>user_ref (Checkbox- oder Chat-Plugin)</translation>
    </message>
    <message>
        <source>Phone number (customer matching)</source>
        <translation>Telefonnummer (Kundenabgleich)</translation>
    </message>
    <message>
        <source>Post (private reply)</source>
        <translation>Beitrag (private Antwort)</translation>
    </message>
    <message>
        <source>Comment (private reply)</source>
        <translation>Kommentar (private Antwort)</translation>
    </message>
    <message>
        <source>Recurring notification token</source>
        <translation>Token für wiederkehrende Benachrichtigungen</translation>
    </message>
    <message>
        <source>One-time notification token</source>
        <translation>Token für einmalige Benachrichtigung</translation>
    </message>
    <message>
        <source>Digits, e.g. 2460000000000017</source>
        <translation>Ziffern, z. B. 2460000000000017</translation>
    </message>
    <message>
        <source>International format, e.g. +4930123456</source>
        <translation>Internationales Format, z. B. +4930123456</translation>
    </message>
    <message>
        <source>An id such as 123_456</source>
        <translation>Eine ID wie 123_456</translation>
    </message>
    <message>
        <source>The token or reference as your plugin gave it</source>
        <translation>Das Token oder die Referenz, wie Ihr Plugin sie geliefert hat</translation>
    </message>
    <message>
        <source>Choose how the recipient is named.</source>
        <translation>Wählen Sie, wie der Empfänger angegeben wird.</translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation>Geben Sie den Empfänger ein.</translation>
    </message>
    <message>
        <source>A PSID is digits only.</source>
        <translation>Eine PSID besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>A phone number starts with + and the country code, then 7 to 15 digits in all, without spaces.</source>
        <translation>Eine Telefonnummer beginnt mit + und der Ländervorwahl, insgesamt 7 bis 15 Ziffern, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>A post or comment id is digits, or two numbers joined by _ (123_456).</source>
        <translation>Eine Beitrags- oder Kommentar-ID besteht aus Ziffern oder zwei mit _ verbundenen Zahlen (123_456).</translation>
    </message>
    <message>
        <source>The recipient has no spaces.</source>
        <translation>Der Empfänger enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>A name goes only with a phone number.</source>
        <translation>Ein Name gehört nur zu einer Telefonnummer.</translation>
    </message>
    <message>
        <source>A name is at most 100 characters.</source>
        <translation>Ein Name hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>MESSAGE_TAG needs a tag; only HUMAN_AGENT is left.</source>
        <translation>MESSAGE_TAG braucht einen Tag; nur HUMAN_AGENT ist übrig.</translation>
    </message>
    <message>
        <source>A tag goes only with the messaging type MESSAGE_TAG.</source>
        <translation>Ein Tag gehört nur zum Nachrichtentyp MESSAGE_TAG.</translation>
    </message>
    <message>
        <source>Only the tag HUMAN_AGENT is left.</source>
        <translation>Nur der Tag HUMAN_AGENT ist übrig.</translation>
    </message>
    <message>
        <source>HUMAN_AGENT is a person&apos;s reply to someone who wrote to the Page: it needs a PSID.</source>
        <translation>HUMAN_AGENT ist die Antwort eines Menschen an jemanden, der der Seite geschrieben hat: Dafür ist eine PSID nötig.</translation>
    </message>
    <message>
        <source>A private reply to a post or comment goes as RESPONSE.</source>
        <translation>Eine private Antwort auf einen Beitrag oder Kommentar geht als RESPONSE.</translation>
    </message>
    <message>
        <source>UTILITY sends an approved Page message template: choose a button or generic template (open beta, US, VN, TH and PH only).</source>
        <translation>UTILITY sendet eine genehmigte Nachrichtenvorlage der Seite: Wählen Sie eine Button- oder generische Vorlage (offene Beta, nur US, VN, TH und PH).</translation>
    </message>
    <message>
        <source>Choose a messaging type.</source>
        <translation>Wählen Sie einen Nachrichtentyp.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::PageListModel</name>
    <message>
        <source>%1 (app %2) uses Graph API %3 on the local sandbox.</source>
        <translation>%1 (App %2) nutzt Graph API %3 in der lokalen Sandbox.</translation>
    </message>
    <message>
        <source>%1 (app %2) uses Graph API %3.</source>
        <translation>%1 (App %2) nutzt Graph API %3.</translation>
    </message>
    <message>
        <source>Sandbox app %1, Graph API %2</source>
        <translation>Sandbox-App %1, Graph API %2</translation>
    </message>
    <message>
        <source>App %1, Graph API %2</source>
        <translation>App %1, Graph API %2</translation>
    </message>
    <message>
        <source>%1 (Page %2) is a sandbox Page: changes go to a local stand-in, not to Facebook.</source>
        <translation>%1 (Seite %2) ist eine Sandbox-Seite: Änderungen gehen an einen lokalen Ersatz, nicht an Facebook.</translation>
    </message>
    <message>
        <source>%1 (Page %2) of %3.</source>
        <translation>%1 (Seite %2) von %3.</translation>
    </message>
    <message>
        <source>Sandbox Page %1</source>
        <translation>Sandbox-Seite %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileCopyJob</name>
    <message>
        <source>Copying was cancelled before this page.</source>
        <translation>Das Kopieren wurde vor dieser Seite abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileDraft</name>
    <message>
        <source>%1 is not a Messenger profile field that Graph API %2 serves.</source>
        <translation>%1 ist kein Feld des Messenger-Profils, das Graph API %2 anbietet.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileFieldAccess</name>
    <message>
        <source>The feature review could not be read, so %1 stays off.</source>
        <translation>Die Funktionsprüfung konnte nicht gelesen werden, daher bleibt %1 aus.</translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which the Page has not asked for in its feature review.</source>
        <translation>%1 braucht die Funktion %2, die die Seite in ihrer Funktionsprüfung nicht beantragt hat.</translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which is %3 in the Page&apos;s feature review.</source>
        <translation>%1 braucht die Funktion %2, die in der Funktionsprüfung der Seite den Status %3 hat.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileReader</name>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No profile field is allowed for this Page.</source>
        <translation>Für diese Seite ist kein Profilfeld erlaubt.</translation>
    </message>
    <message>
        <source>The profiles could not be stored: %1</source>
        <translation>Die Profile konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReplyWindow</name>
    <message>
        <source>The 24-hour window is open for %1 more: the reply goes as RESPONSE.</source>
        <translation>Das 24-Stunden-Fenster ist noch %1 offen: Die Antwort geht als RESPONSE.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Only a person&apos;s own reply can go out, tagged HUMAN_AGENT, for %2 more.</source>
        <translation>Das 24-Stunden-Fenster hat sich vor %1 geschlossen. Nur die eigene Antwort eines Menschen kann noch %2 lang gesendet werden, markiert als HUMAN_AGENT.</translation>
    </message>
    <message>
        <source>This person blocked the Page or left Messenger (551): nothing can be sent.</source>
        <translation>Diese Person hat die Seite blockiert oder Messenger verlassen (551): Nichts kann gesendet werden.</translation>
    </message>
    <message>
        <source>No message from this person is known, so no window is open: nothing can be sent until they write to the Page.</source>
        <translation>Von dieser Person ist keine Nachricht bekannt, also ist kein Fenster offen: Nichts kann gesendet werden, bis sie der Seite schreibt.</translation>
    </message>
    <message>
        <source>The person last wrote %1 ago, more than 7 days: nothing can be sent until they write again.</source>
        <translation>Die Person hat zuletzt vor %1 geschrieben, vor mehr als 7 Tagen: Nichts kann gesendet werden, bis sie wieder schreibt.</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n Tag</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n Std.</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n Min.</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n s</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReportTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>The 24-hour window is closed.</source>
        <translation>Das 24-Stunden-Fenster ist geschlossen.</translation>
    </message>
    <message>
        <source>The person is unavailable.</source>
        <translation>Die Person ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The app knows no conversation with this person.</source>
        <translation>Die App kennt keine Unterhaltung mit dieser Person.</translation>
    </message>
    <message>
        <source>The broadcast was cancelled first.</source>
        <translation>Der Broadcast wurde vorher abgebrochen.</translation>
    </message>
    <message>
        <source>The app stopped while the request was out; it may have arrived.</source>
        <translation>Die App wurde beendet, während die Anfrage unterwegs war; sie ist vielleicht angekommen.</translation>
    </message>
    <message>
        <source>(code %1/%2)</source>
        <translation>(Code %1/%2)</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(Code %1)</translation>
    </message>
    <message>
        <source>[fbtrace_id %1]</source>
        <translation>[fbtrace_id %1]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SendVerdict</name>
    <message>
        <source>The request left but no usable answer came; the message may have arrived, so it is not sent again by itself.</source>
        <translation>Die Anfrage ging hinaus, aber keine brauchbare Antwort kam; die Nachricht ist vielleicht angekommen und wird daher nicht von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>Graph refused the message: %1</source>
        <translation>Graph hat die Nachricht abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SingleSend</name>
    <message>
        <source>The message is gone.</source>
        <translation>Die Nachricht ist nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SpoolIntake</name>
    <message numerus="yes">
        <source>%n event(s) waiting in %1 could not be written to the local database; they wait for the next try: %2</source>
        <translation>
            <numerusform>%n Ereignis in %1 konnte nicht in die lokale Datenbank geschrieben werden; es wartet auf den nächsten Versuch: %2</numerusform>
            <numerusform>%n Ereignisse in %1 konnten nicht in die lokale Datenbank geschrieben werden; sie warten auf den nächsten Versuch: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were not whole events and were left out.</source>
        <translation>
            <numerusform>%n Zeile von %1 war kein vollständiges Ereignis und wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen von %1 waren keine vollständigen Ereignisse und wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::models::ThreadListModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1
%2 · window open</source>
        <translation>%1
%2 · Fenster offen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>PSID %1, conversation %2</source>
        <translation>PSID %1, Unterhaltung %2</translation>
    </message>
</context>
<context>
    <name>mdesk::store::Database</name>
    <message>
        <source>SQLite found damage in the local database %1. The next start checks the whole file and moves it aside if it is damaged.</source>
        <translation>SQLite hat Schäden in der lokalen Datenbank %1 gefunden. Der nächste Start prüft die ganze Datei und legt sie beiseite, wenn sie beschädigt ist.</translation>
    </message>
    <message>
        <source>The folder %1 for the local database cannot be created.</source>
        <translation>Der Ordner %1 für die lokale Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and could not be moved aside: %2</source>
        <translation>Die lokale Datenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>The local database %1 was damaged and moved to %2; a new one was created.</source>
        <translation>Die lokale Datenbank %1 war beschädigt und wurde nach %2 verschoben; eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>Die lokale Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local database %1 was made by a newer version of Messenger Desk (schema %2; this version knows up to %3). It was left unchanged.</source>
        <translation>Die lokale Datenbank %1 stammt von einer neueren Version von Messenger Desk (Schema %2; diese Version kennt bis %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation>Die lokale Datenbank %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventJournal</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to the local database: %1</source>
        <translation>
            <numerusform>%n Ereignis konnte nicht in die lokale Datenbank geschrieben werden: %1</numerusform>
            <numerusform>%n Ereignisse konnten nicht in die lokale Datenbank geschrieben werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventSpool</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to %1, where the local database takes them from: %2</source>
        <translation>
            <numerusform>%n Ereignis konnte nicht in %1 geschrieben werden, von wo die lokale Datenbank es übernimmt: %2</numerusform>
            <numerusform>%n Ereignisse konnten nicht in %1 geschrieben werden, von wo die lokale Datenbank sie übernimmt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file cannot be locked</source>
        <translation>die Datei kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>The events waiting in %1 could not be taken into the local database: %2</source>
        <translation>Die in %1 wartenden Ereignisse konnten nicht in die lokale Datenbank übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;pp</source>
        <translation>A&amp;pp hinzufügen</translation>
    </message>
    <message>
        <source>Add Pa&amp;ge</source>
        <translation>&amp;Seite hinzufügen</translation>
    </message>
    <message>
        <source>I&amp;mport Pages…</source>
        <translation>Seiten i&amp;mportieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Configured apps and Pages</source>
        <translation>Eingerichtete Apps und Seiten</translation>
    </message>
    <message>
        <source>Connect your Facebook app</source>
        <translation>Ihre Facebook-App verbinden</translation>
    </message>
    <message>
        <source>Messenger Desk works through the Facebook app your Pages use. Add the app with its ID and secret (developers.facebook.com, App settings &gt; Basic), then add its Pages with their Page access tokens, or import them all at once with a user access token.

Tokens and secrets are kept in the system keychain and nowhere else.</source>
        <translation>Messenger Desk arbeitet über die Facebook-App, die Ihre Seiten nutzen. Fügen Sie die App mit ihrer ID und ihrem Geheimnis hinzu (developers.facebook.com, App-Einstellungen &gt; Allgemein), dann ihre Seiten mit deren Seiten-Zugriffstokens – oder importieren Sie alle auf einmal mit einem Benutzer-Zugriffstoken.

Tokens und Geheimnisse liegen im Schlüsselbund des Systems und nirgends sonst.</translation>
    </message>
    <message>
        <source>Remove Page</source>
        <translation>Seite entfernen</translation>
    </message>
    <message>
        <source>Remove the Page %1? Its token is deleted from the keychain; the Page itself on Facebook is not touched.</source>
        <translation>Die Seite %1 entfernen? Ihr Token wird aus dem Schlüsselbund gelöscht; die Seite auf Facebook bleibt unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove App</source>
        <translation>App entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the app %1 and its %n Page(s)? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</source>
        <translation>
            <numerusform>Die App %1 und ihre %n Seite entfernen? Deren Token und das App-Geheimnis werden aus dem Schlüsselbund gelöscht; auf Facebook bleibt alles unberührt.</numerusform>
            <numerusform>Die App %1 und ihre %n Seiten entfernen? Deren Tokens und das App-Geheimnis werden aus dem Schlüsselbund gelöscht; auf Facebook bleibt alles unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AppEditor</name>
    <message>
        <source>&amp;Save App</source>
        <translation>App &amp;speichern</translation>
    </message>
    <message>
        <source>For example 581230947716201</source>
        <translation>Zum Beispiel 581230947716201</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>Ein Name, den Sie wiedererkennen</translation>
    </message>
    <message>
        <source>Leave empty for Facebook. Plain http is accepted only for this computer (a sandbox).</source>
        <translation>Für Facebook leer lassen. Einfaches http wird nur für diesen Computer (eine Sandbox) akzeptiert.</translation>
    </message>
    <message>
        <source>Optional; otherwise APP_ID|SECRET is used</source>
        <translation>Optional; sonst wird APP_ID|SECRET verwendet</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Graph &amp;version:</source>
        <translation>Graph-&amp;Version:</translation>
    </message>
    <message>
        <source>Graph &amp;URL:</source>
        <translation>Graph-&amp;URL:</translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation>App-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>App &amp;token:</source>
        <translation>App-&amp;Token:</translation>
    </message>
    <message>
        <source>The app ID and secret are on developers.facebook.com under App settings &gt; Basic. Secrets go to the system keychain only.</source>
        <translation>App-ID und Geheimnis finden Sie auf developers.facebook.com unter App-Einstellungen &gt; Allgemein. Geheimnisse kommen nur in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Needed for appsecret_proof and the app token</source>
        <translation>Nötig für appsecret_proof und das App-Token</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>The app ID is missing or has characters an app ID cannot have.</source>
        <translation>Die App-ID fehlt oder enthält Zeichen, die eine App-ID nicht haben kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version; write it like v23.0.</source>
        <translation>„%1“ ist keine Graph-Version; schreiben Sie sie wie v23.0.</translation>
    </message>
    <message>
        <source>The Graph URL must use https; plain http is accepted only for this computer.</source>
        <translation>Die Graph-URL muss https verwenden; einfaches http wird nur für diesen Computer akzeptiert.</translation>
    </message>
    <message>
        <source>An app with the ID %1 exists already.</source>
        <translation>Eine App mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>The app could not be saved in the settings file.</source>
        <translation>Die App konnte nicht in der Einstellungsdatei gespeichert werden.</translation>
    </message>
    <message>
        <source>The app was saved, but a secret was not stored: %1</source>
        <translation>Die App wurde gespeichert, aber ein Geheimnis nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AttachmentsForm</name>
    <message>
        <source>Upload a file or a URL once and send it to many people by its attachment id. Graph keeps reusable ids for 90 days; files may be at most 25 MB.</source>
        <translation>Laden Sie eine Datei oder URL einmal hoch und senden Sie sie über ihre Anhang-ID an viele Menschen. Graph behält wiederverwendbare IDs 90 Tage; Dateien dürfen höchstens 25 MB groß sein.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Local &amp;file:</source>
        <translation>Lokale &amp;Datei:</translation>
    </message>
    <message>
        <source>Or an https:// URL Graph fetches the file from</source>
        <translation>Oder eine https://-URL, von der Graph die Datei holt</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Keep a reusable attachment id</source>
        <translation>Wiederverwendbare Anhang-ID behalten</translation>
    </message>
    <message>
        <source>U&amp;pload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Reusable attachment ids of this Page</source>
        <translation>Wiederverwendbare Anhang-IDs dieser Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attachment id</source>
        <translation>Anhang-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation>Geben Sie dem Anhang eine URL oder eine lokale Datei.</translation>
    </message>
    <message>
        <source>Choose a file to upload</source>
        <translation>Datei zum Hochladen wählen</translation>
    </message>
    <message>
        <source>Uploading %1...</source>
        <translation>%1 wird hochgeladen …</translation>
    </message>
    <message>
        <source>%1 was uploaded; Graph gave no reusable id.</source>
        <translation>%1 wurde hochgeladen; Graph gab keine wiederverwendbare ID.</translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2; the id is kept for 90 days.</source>
        <translation>%1 wurde als Anhang %2 hochgeladen; die ID wird 90 Tage behalten.</translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2, but the local store could not keep the id: note it down.</source>
        <translation>%1 wurde als Anhang %2 hochgeladen, aber der lokale Speicher konnte die ID nicht behalten: notieren Sie sie.</translation>
    </message>
    <message>
        <source>The local store is not open, so no attachment ids are kept.</source>
        <translation>Der lokale Speicher ist nicht geöffnet, daher werden keine Anhang-IDs behalten.</translation>
    </message>
    <message>
        <source>No reusable attachment ids yet: an upload here or in Labels &amp; Broadcasts keeps its id.</source>
        <translation>Noch keine wiederverwendbaren Anhang-IDs: ein Upload hier oder in „Labels &amp; Broadcasts“ behält seine ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n reusable attachment id(s) kept for this Page.</source>
        <translation>
            <numerusform>%n wiederverwendbare Anhang-ID für diese Seite behalten.</numerusform>
            <numerusform>%n wiederverwendbare Anhang-IDs für diese Seite behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePanel</name>
    <message>
        <source>New conversations per day (first seen by this app)</source>
        <translation>Neue Unterhaltungen pro Tag (zuerst von dieser App gesehen)</translation>
    </message>
    <message>
        <source>People reachable at the end of each day (window open)</source>
        <translation>Am Ende jedes Tages erreichbare Personen (Fenster offen)</translation>
    </message>
    <message>
        <source>People per label</source>
        <translation>Personen pro Label</translation>
    </message>
    <message>
        <source>Messaging windows now</source>
        <translation>Nachrichtenfenster jetzt</translation>
    </message>
    <message>
        <source>Safety: blocked and reported conversations per week</source>
        <translation>Sicherheit: blockierte und gemeldete Unterhaltungen pro Woche</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The local store is not available, so the app has no record of the people this Page talked to.</source>
        <translation>Der lokale Speicher ist nicht verfügbar, daher kennt die App die Personen nicht, mit denen diese Seite geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 people known to this app; %2 unavailable (they blocked the Page or left); %3 blocked.</source>
        <translation>%1 Personen sind dieser App bekannt; %2 nicht erreichbar (haben die Seite blockiert oder sind gegangen); %3 blockiert.</translation>
    </message>
    <message>
        <source>The app knows nobody this Page talked to yet: sync the conversations or import PSIDs in Labels &amp; Broadcasts.</source>
        <translation>Die App kennt noch niemanden, mit dem diese Seite geschrieben hat: Synchronisieren Sie die Unterhaltungen oder importieren Sie PSIDs unter Labels &amp; Broadcasts.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Neue Unterhaltungen</translation>
    </message>
    <message>
        <source>%1 new in the last %2 days</source>
        <translation>%1 neu in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>%1 reachable now</source>
        <translation>%1 jetzt erreichbar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Schließt bald</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 % open, %2 % closing within 6 hours, %3 % closed</source>
        <translation>%1 % offen, %2 % schließen in 6 Stunden, %3 % geschlossen</translation>
    </message>
    <message>
        <source>The label index could not be read: %1</source>
        <translation>Der Label-Index konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The app knows no label of this Page yet: labels appear once they are listed, created or used from this app.</source>
        <translation>Die App kennt noch kein Label dieser Seite: Labels erscheinen, sobald sie in dieser App aufgelistet, angelegt oder verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation>Der Statistik-Zwischenspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Graph has no blocked, reported or new conversations for the last %1 weeks.</source>
        <translation>Graph hat für die letzten %1 Wochen keine blockierten, gemeldeten oder neuen Unterhaltungen.</translation>
    </message>
    <message>
        <source>Asking Graph for the last %1 weeks…</source>
        <translation>Graph wird nach den letzten %1 Wochen gefragt …</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>%1 blocked or reported per 100 new conversations over %2 weeks.</source>
        <translation>%1 blockiert oder gemeldet je 100 neue Unterhaltungen über %2 Wochen.</translation>
    </message>
    <message>
        <source>Nobody was reachable at the end of these days: a person can be reached for 24 hours after writing to the Page.</source>
        <translation>Am Ende dieser Tage war niemand erreichbar: Eine Person ist 24 Stunden lang erreichbar, nachdem sie der Seite geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePicker</name>
    <message>
        <source>People with any of these labels:</source>
        <translation>Personen mit einem dieser Labels:</translation>
    </message>
    <message>
        <source>Labels of the audience</source>
        <translation>Labels der Zielgruppe</translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation>Die in „Personen“ ausgewählten Personen</translation>
    </message>
    <message>
        <source>Everyone whose 24-hour window is open</source>
        <translation>Alle, deren 24-Stunden-Fenster offen ist</translation>
    </message>
    <message>
        <source>PSIDs (one a line):</source>
        <translation>PSIDs (eine pro Zeile):</translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation>Aus einer &amp;Datei …</translation>
    </message>
    <message>
        <source>PSIDs of the audience</source>
        <translation>PSIDs der Zielgruppe</translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation>PSID-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n bekanntes Mitglied)</numerusform>
            <numerusform>%1 (%n bekannte Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not a PSID: &quot;%2&quot;.</source>
        <translation>Zeile %1 ist keine PSID: „%2“.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::BroadcastsTab</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>&amp;Compose and send</source>
        <translation>&amp;Verfassen und senden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Missed schedule</source>
        <translation>Verpasster Termin</translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; was due while the app was closed. Send it now? Each person&apos;s window is checked again before their message leaves.</source>
        <translation>Der Broadcast „%1“ war fällig, während die App geschlossen war. Jetzt senden? Das Fenster jeder Person wird erneut geprüft, bevor ihre Nachricht hinausgeht.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Missed while the app was closed; not sent.</source>
        <translation>Verpasst, während die App geschlossen war; nicht gesendet.</translation>
    </message>
    <message>
        <source>Labels &amp; Broadcasts needs the local store, which could not be opened. The message at the top of the window says why.</source>
        <translation>Labels &amp; Broadcasts braucht den lokalen Speicher, der nicht geöffnet werden konnte. Die Meldung oben im Fenster nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ChartExplainer</name>
    <message>
        <source>This Page cannot read its insights: Graph says &quot;%1&quot;. Reading insights needs the ANALYZE task on the Page and the read_insights permission.</source>
        <translation>Diese Seite kann ihre Statistiken nicht lesen: Graph meldet „%1“. Dazu braucht sie die Aufgabe ANALYZE auf der Seite und die Berechtigung read_insights.</translation>
    </message>
    <message>
        <source>The Page&apos;s token is no longer valid: Graph says &quot;%1&quot;. Add the Page again in Accounts.</source>
        <translation>Der Token der Seite ist nicht mehr gültig: Graph meldet „%1“. Fügen Sie die Seite unter Konten erneut hinzu.</translation>
    </message>
    <message>
        <source>Graph does not know this metric for the Page: &quot;%1&quot;.</source>
        <translation>Graph kennt diese Kennzahl für die Seite nicht: „%1“.</translation>
    </message>
    <message>
        <source>Graph could not give these values: %1</source>
        <translation>Graph konnte diese Werte nicht liefern: %1</translation>
    </message>
    <message>
        <source>Graph answered: &quot;%1&quot;.</source>
        <translation>Graph antwortete: „%1“.</translation>
    </message>
    <message>
        <source>Graph keeps insights for two years; %1 to %2 is older than %3.</source>
        <translation>Graph bewahrt Statistiken zwei Jahre auf; %1 bis %2 liegt vor dem %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger insights metric.</source>
        <translation>„%1“ ist keine Messenger-Kennzahl.</translation>
    </message>
    <message>
        <source>Asking Graph for these days…</source>
        <translation>Graph wird nach diesen Tagen gefragt …</translation>
    </message>
    <message>
        <source>Graph has no values for %1 to %2.</source>
        <translation>Graph hat keine Werte für %1 bis %2.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>%1 pro Tag im Durchschnitt</translation>
    </message>
    <message>
        <source>Last day %1</source>
        <translation>Letzter Tag %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Durchschnitt %1</translation>
    </message>
    <message>
        <source>%1 % against the previous %2 days (%3)</source>
        <translation>%1 % gegenüber den %2 Tagen davor (%3)</translation>
    </message>
    <message>
        <source>no values to compare in the previous %1 days</source>
        <translation>keine Vergleichswerte in den %1 Tagen davor</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ComposePanel</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>your own PSID</source>
        <translation>Ihre eigene PSID</translation>
    </message>
    <message>
        <source>PSID for the test send</source>
        <translation>PSID für den Testversand</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Test send to:</source>
        <translation>Test senden an:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Messaging &amp;type:</source>
        <translation>Nachrichten&amp;typ:</translation>
    </message>
    <message>
        <source>a name for History</source>
        <translation>ein Name für den Verlauf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Check who can be reached</source>
        <translation>&amp;Prüfen, wer erreichbar ist</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Wann senden</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>UPDATE (inside the 24-hour window)</source>
        <translation>UPDATE (im 24-Stunden-Fenster)</translation>
    </message>
    <message>
        <source>HUMAN_AGENT (a person answering, within 7 days)</source>
        <translation>HUMAN_AGENT (ein Mensch antwortet, binnen 7 Tagen)</translation>
    </message>
    <message>
        <source>%1 (again to the failed)</source>
        <translation>%1 (erneut an die Fehlgeschlagenen)</translation>
    </message>
    <message>
        <source>%1 (windows reopened)</source>
        <translation>%1 (Fenster wieder offen)</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Uploading %1 once; its attachment id is kept for 90 days.</source>
        <translation>%1 wird einmal hochgeladen; seine Anhang-ID wird 90 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1</source>
        <translation>Der Anhang konnte nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>no attachment id came back.</source>
        <translation>es kam keine Anhang-ID zurück.</translation>
    </message>
    <message>
        <source>Enter your own PSID to see the message as people will.</source>
        <translation>Geben Sie Ihre eigene PSID ein, um die Nachricht so zu sehen wie die Empfänger.</translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation>Broadcast vom %1</translation>
    </message>
    <message>
        <source>Nobody in this audience can be reached now; nothing was sent.</source>
        <translation>Niemand in dieser Zielgruppe ist jetzt erreichbar; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation>Broadcast senden</translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n person(s) now?</source>
        <translation>
            <numerusform>„%1“ jetzt an %n Person senden?</numerusform>
            <numerusform>„%1“ jetzt an %n Personen senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>The broadcast could not be stored: %1</source>
        <translation>Der Broadcast konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Choose a time in the future to schedule a broadcast.</source>
        <translation>Wählen Sie eine Zeit in der Zukunft, um einen Broadcast zu planen.</translation>
    </message>
    <message>
        <source>The schedule could not be stored: %1</source>
        <translation>Der Termin konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1. It runs while the app is open; each window is checked again at send time.</source>
        <translation>Geplant für %1. Er läuft, solange die App offen ist; jedes Fenster wird beim Senden erneut geprüft.</translation>
    </message>
    <message>
        <source>Another broadcast is running; wait for it or cancel it first.</source>
        <translation>Ein anderer Broadcast läuft; warten Sie auf ihn oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message numerus="yes">
        <source>Sending &quot;%1&quot; to %n person(s)...</source>
        <translation>
            <numerusform>„%1“ wird an %n Person gesendet …</numerusform>
            <numerusform>„%1“ wird an %n Personen gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>%1 of %2 done, about %3 s left.</source>
        <translation>%1 von %2 erledigt, noch etwa %3 s.</translation>
    </message>
    <message>
        <source>Paused: the requests out come back; nothing new leaves until Resume.</source>
        <translation>Pausiert: Die laufenden Anfragen kommen zurück; bis „Fortsetzen“ geht nichts Neues hinaus.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled; the people not reached are marked skipped.</source>
        <translation>Abgebrochen; die nicht erreichten Personen sind als übersprungen markiert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation>Test wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>The test went to %1 (message id %2).</source>
        <translation>Der Test ging an %1 (Nachrichten-ID %2).</translation>
    </message>
    <message>
        <source>The test did not go out to %1: %2 (Graph said: %3)</source>
        <translation>Der Test ging nicht an %1: %2 (Graph sagte: %3)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsPanel</name>
    <message>
        <source>Search by name or PSID</source>
        <translation>Nach Name oder PSID suchen</translation>
    </message>
    <message>
        <source>Search the threads</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Threads of the Page, newest first</source>
        <translation>Unterhaltungen der Seite, neueste zuerst</translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation>Unterhaltungen s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>The local store could not be opened, so no threads can be kept; the window&apos;s message bar says why.</source>
        <translation>Der lokale Speicher konnte nicht geöffnet werden, daher können keine Unterhaltungen gehalten werden; die Meldungsleiste des Fensters nennt den Grund.</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No threads of this Page are known yet: sync the conversations.</source>
        <translation>Von dieser Seite sind noch keine Unterhaltungen bekannt: Synchronisieren Sie die Unterhaltungen.</translation>
    </message>
    <message>
        <source>No thread matches &quot;%1&quot;.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 threads are shown; search to find the others.</source>
        <translation>Die neuesten %1 von %2 Unterhaltungen werden gezeigt; suchen Sie, um die anderen zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsToolsTab</name>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Choose a tool; its form opens on the right.</source>
        <translation>Wählen Sie ein Werkzeug; sein Formular öffnet sich rechts.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Send one message</source>
        <translation>Eine Nachricht senden</translation>
    </message>
    <message>
        <source>User lookup</source>
        <translation>Personensuche</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Messenger code</source>
        <translation>Messenger-Code</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>Konto trennen</translation>
    </message>
    <message>
        <source>Feature review</source>
        <translation>Funktionsprüfung</translation>
    </message>
    <message>
        <source>Built-in NLP</source>
        <translation>Integriertes NLP</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook-Abonnements</translation>
    </message>
    <message>
        <source>Raw call</source>
        <translation>Direkter Aufruf</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CopyToPagesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy Profile to Pages</source>
        <translation>Profil auf Seiten kopieren</translation>
    </message>
    <message>
        <source>Pages to copy to</source>
        <translation>Seiten, auf die kopiert wird</translation>
    </message>
    <message>
        <source>Fields to copy</source>
        <translation>Zu kopierende Felder</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>Each page gets one call; all calls share one tx_id.</source>
        <translation>Jede Seite bekommt einen Aufruf; alle Aufrufe teilen eine tx_id.</translation>
    </message>
    <message>
        <source>There are no other pages to copy to.</source>
        <translation>Es gibt keine anderen Seiten, auf die kopiert werden kann.</translation>
    </message>
    <message>
        <source>Choose at least one page and one field.</source>
        <translation>Wählen Sie mindestens eine Seite und ein Feld.</translation>
    </message>
    <message numerus="yes">
        <source>Copying to %n page(s) under tx_id %1…</source>
        <translation>
            <numerusform>Kopieren auf %n Seite unter tx_id %1…</numerusform>
            <numerusform>Kopieren auf %n Seiten unter tx_id %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied</source>
        <translation>%1: kopiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied to every page (tx_id %1).</source>
        <translation>Auf jede Seite kopiert (tx_id %1).</translation>
    </message>
    <message>
        <source>%1 of %2 pages failed; see the list (tx_id %3).</source>
        <translation>%1 von %2 Seiten sind fehlgeschlagen; siehe Liste (tx_id %3).</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CountryPicker</name>
    <message>
        <source>Search countries by name or code</source>
        <translation>Länder nach Name oder Code suchen</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Länder suchen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation>Kein Land gewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EligibilityView</name>
    <message>
        <source>Who can be reached</source>
        <translation>Wer erreichbar ist</translation>
    </message>
    <message>
        <source>Group / name</source>
        <translation>Gruppe / Name</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Choose an audience and press Check to see who can be reached now.</source>
        <translation>Wählen Sie eine Zielgruppe und klicken Sie auf „Prüfen“, um zu sehen, wer jetzt erreichbar ist.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Can be reached now: %1</source>
        <translation>Jetzt erreichbar: %1</translation>
    </message>
    <message>
        <source>Outside the 24-hour window: %1</source>
        <translation>Außerhalb des 24-Stunden-Fensters: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Unknown to the app: %1</source>
        <translation>Der App unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventDetailView</name>
    <message>
        <source>Request JSON</source>
        <translation>Anfrage-JSON</translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation>Antwort-JSON</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select an event to see its request and response.</source>
        <translation>Wählen Sie ein Ereignis, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>tx_id %1 · attempt %2 · from %3</source>
        <translation>tx_id %1 · Versuch %2 · von %3</translation>
    </message>
    <message>
        <source>No answer yet: this event was published when the call started. The answer is in the next event with the same tx_id.</source>
        <translation>Noch keine Antwort: Dieses Ereignis entstand beim Start des Aufrufs. Die Antwort steht im nächsten Ereignis mit derselben tx_id.</translation>
    </message>
    <message>
        <source>This event carries no answer.</source>
        <translation>Dieses Ereignis enthält keine Antwort.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventFilterBar</name>
    <message>
        <source>tx_id</source>
        <translation>tx_id</translation>
    </message>
    <message>
        <source>Filter by tx_id</source>
        <translation>Nach tx_id filtern</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>Nach Vorgang filtern</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Problems (failed or erred)</source>
        <translation>Probleme (failed oder erred)</translation>
    </message>
    <message>
        <source>Filter by Page</source>
        <translation>Nach Seite filtern</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Ereignisse durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Die Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Show every event again.</source>
        <translation>Wieder alle Ereignisse zeigen.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON lines.</source>
        <translation>Die Ereignisse, die der Filter zeigt, als JSON-Zeilen speichern.</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command for this request; the token is written as $TOKEN.</source>
        <translation>Einen curl-Befehl für diese Anfrage kopieren; das Token steht als $TOKEN darin.</translation>
    </message>
    <message>
        <source>&amp;Filter by This tx_id</source>
        <translation>Nach dieser tx_id &amp;filtern</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>F&amp;ilter löschen</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Log &amp;Size…</source>
        <translation>Protokoll&amp;größe…</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view.</source>
        <translation>Das neueste Ereignis im Blick behalten.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>More event log actions</source>
        <translation>Weitere Aktionen des Ereignisprotokolls</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copied the event as JSON.</source>
        <translation>Das Ereignis wurde als JSON kopiert.</translation>
    </message>
    <message>
        <source>Copied a curl command; set TOKEN before running it.</source>
        <translation>Ein curl-Befehl wurde kopiert; setzen Sie TOKEN, bevor Sie ihn ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis</numerusform>
            <numerusform>%1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Event Log Size</source>
        <translation>Größe des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>Number of events to keep (the oldest go first):</source>
        <translation>Anzahl der Ereignisse, die behalten werden (die ältesten gehen zuerst):</translation>
    </message>
    <message>
        <source>Export Event &amp;Log…</source>
        <translation>Ereignisprotokoll e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FeatureReviewForm</name>
    <message>
        <source>Messaging features need Meta&apos;s review before a Page may use them; this is where each one stands.</source>
        <translation>Messaging-Funktionen brauchen Metas Prüfung, bevor eine Seite sie nutzen darf; hier steht, wo jede steht.</translation>
    </message>
    <message>
        <source>Features and their review status</source>
        <translation>Funktionen und ihr Prüfstatus</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation>Noch nicht gelesen: drücken Sie Lesen, um Graph zu fragen.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation>Funktionsprüfung wird gelesen …</translation>
    </message>
    <message>
        <source>Graph lists no messaging feature for this Page: none has been submitted for review.</source>
        <translation>Graph führt keine Messaging-Funktion für diese Seite: keine wurde zur Prüfung eingereicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), as Graph answered just now.</source>
        <translation>
            <numerusform>%n Funktion, wie Graph eben geantwortet hat.</numerusform>
            <numerusform>%n Funktionen, wie Graph eben geantwortet hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldConflictView</name>
    <message>
        <source>%1 changed on the page since you started editing. Pick the value to keep; Apply waits until you do.</source>
        <translation>%1 wurde auf der Seite geändert, seit Sie mit der Bearbeitung begonnen haben. Wählen Sie den Wert, der bleiben soll; Anwenden wartet, bis Sie gewählt haben.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep what you typed; Apply will replace the page&apos;s value.</source>
        <translation>Behalten, was Sie eingegeben haben; Anwenden ersetzt den Wert der Seite.</translation>
    </message>
    <message>
        <source>Take the &amp;Page&apos;s</source>
        <translation>Den der &amp;Seite nehmen</translation>
    </message>
    <message>
        <source>Drop what you typed and take the value the page has now.</source>
        <translation>Das Eingegebene verwerfen und den Wert übernehmen, den die Seite jetzt hat.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ihrer:</translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation>Auf der Seite:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yours: %1. On the page: %2.</source>
        <translation>Ihrer: %1. Auf der Seite: %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldSection</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::GreetingEditor</name>
    <message>
        <source>Add &amp;locale</source>
        <translation>&amp;Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Greeting locales</source>
        <translation>Sprachen der Begrüßung</translation>
    </message>
    <message>
        <source>Greeting text</source>
        <translation>Begrüßungstext</translation>
    </message>
    <message>
        <source>Hi {{user_first_name}}! How can we help?</source>
        <translation>Hallo {{user_first_name}}! Wie können wir helfen?</translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Preview for a user named Alex Rivera:</source>
        <translation>Vorschau für einen Benutzer namens Alex Rivera:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen genutzt</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::HandoverPanel</name>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>No thread chosen.</source>
        <translation>Keine Unterhaltung gewählt.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>App to pass the thread to</source>
        <translation>App, an die die Unterhaltung übergeben wird</translation>
    </message>
    <message>
        <source>Page Inbox</source>
        <translation>Page Inbox</translation>
    </message>
    <message>
        <source>Re&amp;load apps</source>
        <translation>Apps neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the Page&apos;s secondary receivers again</source>
        <translation>Die sekundären Empfänger der Seite erneut lesen</translation>
    </message>
    <message>
        <source>Pass &amp;to:</source>
        <translation>Übergeben &amp;an:</translation>
    </message>
    <message>
        <source>Optional: a note for the app that gets the thread</source>
        <translation>Optional: eine Notiz für die App, die die Unterhaltung bekommt</translation>
    </message>
    <message>
        <source>Handover metadata</source>
        <translation>Metadaten der Übergabe</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>&amp;Pass control</source>
        <translation>Kontrolle &amp;übergeben</translation>
    </message>
    <message>
        <source>Ta&amp;ke control</source>
        <translation>Kontrolle ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Re&amp;quest control</source>
        <translation>Kontrolle an&amp;fordern</translation>
    </message>
    <message>
        <source>this app (%1)</source>
        <translation>diese App (%1)</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>%1 (app %2)</source>
        <translation>%1 (App %2)</translation>
    </message>
    <message>
        <source>Metadata is at most %1 characters; this is %2.</source>
        <translation>Metadaten haben höchstens %1 Zeichen; hier sind es %2.</translation>
    </message>
    <message>
        <source>The apps that can receive threads could not be read.</source>
        <translation>Die Apps, die Unterhaltungen empfangen können, konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading who owns the thread...</source>
        <translation>Es wird gelesen, wem die Unterhaltung gehört …</translation>
    </message>
    <message>
        <source>Who owns the thread could not be read.</source>
        <translation>Wem die Unterhaltung gehört, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Passing the thread to %1...</source>
        <translation>Die Unterhaltung wird an %1 übergeben …</translation>
    </message>
    <message>
        <source>Taking the thread back...</source>
        <translation>Die Unterhaltung wird zurückgeholt …</translation>
    </message>
    <message>
        <source>Asking the owner for the thread...</source>
        <translation>Der Inhaber wird um die Unterhaltung gebeten …</translation>
    </message>
    <message>
        <source>The owner app was asked to pass the thread; it decides.</source>
        <translation>Die Inhaber-App wurde gebeten, die Unterhaltung zu übergeben; sie entscheidet.</translation>
    </message>
    <message>
        <source>The thread was not passed.</source>
        <translation>Die Unterhaltung wurde nicht übergeben.</translation>
    </message>
    <message>
        <source>The thread was not taken.</source>
        <translation>Die Unterhaltung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Control was not requested.</source>
        <translation>Die Kontrolle wurde nicht angefordert.</translation>
    </message>
    <message>
        <source>Owner before: %1. Owner now: %2.</source>
        <translation>Inhaber vorher: %1. Inhaber jetzt: %2.</translation>
    </message>
    <message>
        <source>%1 owns this thread, and Graph lets only the owner pass it. Take control first, or request it from the owner.</source>
        <translation>%1 besitzt diese Unterhaltung, und Graph lässt nur den Besitzer sie weitergeben. Übernehmen Sie zuerst die Kontrolle oder fordern Sie sie beim Besitzer an.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::HistoryPanel</name>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>No broadcast yet: the ones you send or schedule are listed here, also after a restart.</source>
        <translation>Noch kein Broadcast: Die gesendeten oder geplanten stehen hier, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>Broadcasts of the Page</source>
        <translation>Broadcasts der Seite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Res&amp;ume (pending people only)</source>
        <translation>&amp;Fortsetzen (nur ausstehende Personen)</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>Select a broadcast above to see its result per person.</source>
        <translation>Einen Broadcast oben auswählen, um sein Ergebnis pro Person zu sehen.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::IceBreakerEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation>Wann haben Sie geöffnet?</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::InsightsPanel</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Pages side by side</source>
        <translation>&amp;Seiten nebeneinander</translation>
    </message>
    <message>
        <source>%1 (deprecated %2)</source>
        <translation>%1 (veraltet seit %2)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Letzte 28 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (7 days up to each day)</source>
        <translation>Woche (7 Tage bis zum jeweiligen Tag)</translation>
    </message>
    <message>
        <source>28 days (up to each day)</source>
        <translation>28 Tage (bis zum jeweiligen Tag)</translation>
    </message>
    <message>
        <source>One chart per metric</source>
        <translation>Ein Diagramm pro Kennzahl</translation>
    </message>
    <message>
        <source>All metrics on one chart</source>
        <translation>Alle Kennzahlen in einem Diagramm</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>Mit dem vorherigen Zeitraum &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask Graph for the last 3 days again; it revises them.</source>
        <translation>Graph erneut nach den letzten 3 Tagen fragen; Graph korrigiert sie nachträglich.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren …</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <source>Opened from the local cache; Graph was not asked.</source>
        <translation>Aus dem lokalen Zwischenspeicher geöffnet; Graph wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>Up to date with Graph.</source>
        <translation>Auf dem Stand von Graph.</translation>
    </message>
    <message>
        <source>Showing the cached days; asking Graph for the missing ones…</source>
        <translation>Die gespeicherten Tage werden angezeigt; die fehlenden werden bei Graph abgefragt …</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Insights as CSV</source>
        <translation>Statistiken als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation>Der Insights-Zwischenspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is not drawn: %2</source>
        <translation>%1 wird nicht gezeichnet: %2</translation>
    </message>
    <message>
        <source>%1, previous %2 days</source>
        <translation>%1, vorherige %2 Tage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All metrics · %1</source>
        <translation>Alle Kennzahlen · %1</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::InsightsTab</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Statistiken</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LabelsPanel</name>
    <message>
        <source>Custom labels of the Page</source>
        <translation>Eigene Labels der Seite</translation>
    </message>
    <message>
        <source>Custom labels</source>
        <translation>Eigene Labels</translation>
    </message>
    <message>
        <source>&amp;Read from Graph</source>
        <translation>Aus Graph &amp;lesen</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>new label name</source>
        <translation>Name des neuen Labels</translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation>Name des neuen Labels</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation>Die in „Personen“ ausgewählten Personen</translation>
    </message>
    <message>
        <source>&amp;Label them</source>
        <translation>&amp;Labeln</translation>
    </message>
    <message>
        <source>&amp;Unlabel them</source>
        <translation>Label &amp;entfernen</translation>
    </message>
    <message>
        <source>Many PSIDs at once (one a line)</source>
        <translation>Viele PSIDs auf einmal (eine pro Zeile)</translation>
    </message>
    <message>
        <source>PSIDs to label or unlabel</source>
        <translation>PSIDs zum Labeln oder Entfernen</translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation>Aus einer &amp;Datei …</translation>
    </message>
    <message>
        <source>Label all</source>
        <translation>Alle labeln</translation>
    </message>
    <message>
        <source>Unlabel all</source>
        <translation>Bei allen entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Failures of the last run</source>
        <translation>Fehler des letzten Laufs</translation>
    </message>
    <message>
        <source>Failures of a run are listed here.</source>
        <translation>Fehler eines Laufs stehen hier.</translation>
    </message>
    <message>
        <source>A person&apos;s labels, as Graph says</source>
        <translation>Die Labels einer Person laut Graph</translation>
    </message>
    <message>
        <source>PSID of the person</source>
        <translation>PSID der Person</translation>
    </message>
    <message>
        <source>As&amp;k Graph</source>
        <translation>Graph &amp;fragen</translation>
    </message>
    <message>
        <source>PSID:</source>
        <translation>PSID:</translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation>PSID-Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n bekanntes Mitglied)</numerusform>
            <numerusform>%1 (%n bekannte Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels known yet: read them from Graph or create one.</source>
        <translation>Noch keine Labels bekannt: Lesen Sie sie aus Graph oder legen Sie eins an.</translation>
    </message>
    <message>
        <source>Reading the labels...</source>
        <translation>Labels werden gelesen …</translation>
    </message>
    <message>
        <source>The labels could not be read: %1</source>
        <translation>Die Labels konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) read.</source>
        <translation>
            <numerusform>%n Label gelesen.</numerusform>
            <numerusform>%n Labels gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
    <message>
        <source>A label name can have at most %1 characters; this one has %2.</source>
        <translation>Ein Label-Name darf höchstens %1 Zeichen haben; dieser hat %2.</translation>
    </message>
    <message>
        <source>The Page already has a label named %1.</source>
        <translation>Die Seite hat schon ein Label namens %1.</translation>
    </message>
    <message>
        <source>The label could not be created: %1</source>
        <translation>Das Label konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Label %1 created.</source>
        <translation>Label %1 angelegt.</translation>
    </message>
    <message>
        <source>Choose a label to delete.</source>
        <translation>Wählen Sie ein Label zum Löschen.</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Label löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1? %n known member(s) lose it; Graph cannot undo this.</source>
        <translation>
            <numerusform>Das Label %1 löschen? %n bekanntes Mitglied verliert es; Graph kann das nicht rückgängig machen.</numerusform>
            <numerusform>Das Label %1 löschen? %n bekannte Mitglieder verlieren es; Graph kann das nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The label could not be deleted: %1</source>
        <translation>Das Label konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Label %1 deleted.</source>
        <translation>Label %1 gelöscht.</translation>
    </message>
    <message>
        <source>Choose a label first.</source>
        <translation>Wählen Sie zuerst ein Label.</translation>
    </message>
    <message>
        <source>There are no PSIDs to work on.</source>
        <translation>Es gibt keine PSIDs zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 labelled.</source>
        <translation>%1 von %2 gelabelt.</translation>
    </message>
    <message>
        <source>%1 of %2 unlabelled.</source>
        <translation>Bei %1 von %2 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; see the list.</source>
        <translation>
            <numerusform>%n fehlgeschlagen; siehe Liste.</numerusform>
            <numerusform>%n fehlgeschlagen; siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries no custom label.</source>
        <translation>%1 trägt kein eigenes Label.</translation>
    </message>
    <message>
        <source>%1 carries: %2</source>
        <translation>%1 trägt: %2</translation>
    </message>
    <message>
        <source>Line %1 is not a PSID (a PSID is digits only): &quot;%2&quot;; nothing was sent.</source>
        <translation>Zeile %1 ist keine PSID (eine PSID besteht nur aus Ziffern): „%2“; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated PSID(s) left out.</source>
        <translation>
            <numerusform>%n doppelte PSID ausgelassen.</numerusform>
            <numerusform>%n doppelte PSIDs ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LegacyBroadcastPanel</name>
    <message>
        <source>Legacy Broadcast API (deprecated)</source>
        <translation>Alte Broadcast-API (veraltet)</translation>
    </message>
    <message>
        <source>Meta deprecated the Broadcast API with v4.0 on 2019-07-29 and switched it off on all versions on 2020-01-15. It is here for servers that still serve it; Send now above is the way that works today.</source>
        <translation>Meta hat die Broadcast-API mit v4.0 am 2019-07-29 für veraltet erklärt und am 2020-01-15 in allen Versionen abgeschaltet. Sie ist hier für Server, die sie noch anbieten; „Jetzt senden“ oben ist der Weg, der heute funktioniert.</translation>
    </message>
    <message>
        <source>Custom label id:</source>
        <translation>ID des eigenen Labels:</translation>
    </message>
    <message>
        <source>Broadcast id:</source>
        <translation>Broadcast-ID:</translation>
    </message>
    <message>
        <source>Create creative and broadcast</source>
        <translation>Creative anlegen und senden</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>Broadcast abbrechen</translation>
    </message>
    <message>
        <source>Estimate reach</source>
        <translation>Reichweite schätzen</translation>
    </message>
    <message>
        <source>Answer of the legacy call</source>
        <translation>Antwort des alten Aufrufs</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Enter the custom label id the broadcast goes to.</source>
        <translation>Geben Sie die ID des eigenen Labels ein, an das der Broadcast geht.</translation>
    </message>
    <message>
        <source>Broadcast %1 created.</source>
        <translation>Broadcast %1 angelegt.</translation>
    </message>
    <message>
        <source>Broadcast cancelled.</source>
        <translation>Broadcast abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MainWindow</name>
    <message>
        <source>Messenger Desk</source>
        <translation>Messenger Desk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Messenger Desk.</source>
        <translation>Messenger Desk schließen.</translation>
    </message>
    <message>
        <source>&amp;About Messenger Desk</source>
        <translation>&amp;Über Messenger Desk</translation>
    </message>
    <message>
        <source>Show the version of Messenger Desk and of the Graph API.</source>
        <translation>Zeigt die Version von Messenger Desk und der Graph API.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Graph API %1</source>
        <translation>Graph API %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>About Messenger Desk</source>
        <translation>Über Messenger Desk</translation>
    </message>
    <message>
        <source>Messenger Desk %1</source>
        <translation>Messenger Desk %1</translation>
    </message>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages, compose broadcasts and review insights.</source>
        <translation>Bearbeiten Sie die Messenger-Einrichtung Ihrer Facebook-Seiten, verfassen Sie Rundsendungen und werten Sie Statistiken aus.</translation>
    </message>
    <message>
        <source>Default Graph API version: %1</source>
        <translation>Standardversion der Graph API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Read a JSON file into the draft of the current tab (or of the Profile tab); nothing is sent until you apply.</source>
        <translation>Eine JSON-Datei in den Entwurf des aktuellen Tabs (oder des Profil-Tabs) einlesen; gesendet wird erst, wenn Sie anwenden.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the draft of the current tab (or of the Profile tab) as a JSON file.</source>
        <translation>Den Entwurf des aktuellen Tabs (oder des Profil-Tabs) als JSON-Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Refresh Page</source>
        <translation>Seite a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the current Page&apos;s Messenger setup again.</source>
        <translation>Die Messenger-Einrichtung der aktuellen Seite neu lesen.</translation>
    </message>
    <message>
        <source>&amp;Search Event Log</source>
        <translation>Ereignisprotokoll &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>Konten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation>Apps und Seiten hinzufügen, bearbeiten oder entfernen.</translation>
    </message>
    <message>
        <source>Add a Real Account…</source>
        <translation>Echtes Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Connect your Facebook app and Pages.</source>
        <translation>Ihre Facebook-App und Seiten verbinden.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Page List</source>
        <translation>&amp;Seitenliste</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Some secrets could not be read, so the Pages that need them cannot be used until this is fixed: %1</source>
        <translation>Einige Geheimnisse konnten nicht gelesen werden; die Seiten, die sie brauchen, sind nutzbar, sobald das behoben ist: %1</translation>
    </message>
    <message>
        <source>Sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation>Sandbox: Änderungen gehen an einen lokalen Ersatz, nicht an Facebook.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import into %1 of %2</source>
        <translation>In %1 von %2 importieren</translation>
    </message>
    <message>
        <source>Export %1 of %2</source>
        <translation>%1 von %2 exportieren</translation>
    </message>
    <message>
        <source>Graph API version of %1: %2</source>
        <translation>Graph-API-Version von %1: %2</translation>
    </message>
    <message>
        <source>This app cannot be changed here.</source>
        <translation>Diese App kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1 could not be moved to Graph API %2.</source>
        <translation>%1 konnte nicht auf Graph API %2 umgestellt werden.</translation>
    </message>
    <message>
        <source>%1 now uses Graph API %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation>%1 verwendet jetzt Graph API %2; die Entwürfe in Profil und Menü werden vor dem Senden gegen ihre Regeln geprüft.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuItemForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Messenger extensions</source>
        <translation>Messenger-Erweiterungen verwenden</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Ersatz-URL</translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation>Teilen-Schaltfläche ausblenden</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Postback (sends a payload to the bot)</source>
        <translation>Postback (sendet einen Payload an den Bot)</translation>
    </message>
    <message>
        <source>Link (opens a web page)</source>
        <translation>Link (öffnet eine Webseite)</translation>
    </message>
    <message>
        <source>Submenu (before v8.0)</source>
        <translation>Untermenü (vor v8.0)</translation>
    </message>
    <message>
        <source>Webview height</source>
        <translation>Höhe der Webansicht</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>Höh&amp;e:</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>E&amp;rsatz-URL:</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuPreview</name>
    <message>
        <source>Menu preview</source>
        <translation>Menüvorschau</translation>
    </message>
    <message>
        <source>Typing is turned off; use the menu.</source>
        <translation>Tippen ist ausgeschaltet; nutzen Sie das Menü.</translation>
    </message>
    <message>
        <source>Aa   ☰ Menu</source>
        <translation>Aa   ☰ Menü</translation>
    </message>
    <message>
        <source>This locale has no menu items.</source>
        <translation>Diese Sprache hat keine Menüeinträge.</translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation>Menü (%1)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuTab</name>
    <message>
        <source>Turn typing off for this locale</source>
        <translation>Tippen für diese Sprache ausschalten</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Submenu</source>
        <translation>&amp;Untermenü hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add a Get Started Button</source>
        <translation>Schaltfläche „Los geht&apos;s“ hinzufügen</translation>
    </message>
    <message>
        <source>A persistent menu needs the Get Started button, and this page has none; Graph would refuse the menu (#100, subcode 2018145).</source>
        <translation>Ein dauerhaftes Menü braucht die Schaltfläche „Los geht&apos;s“, und diese Seite hat keine; Graph würde das Menü ablehnen (#100, Subcode 2018145).</translation>
    </message>
    <message>
        <source>Menu items by locale</source>
        <translation>Menüeinträge nach Sprache</translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <source>Locale to copy the menu to</source>
        <translation>Sprache, in die das Menü kopiert wird</translation>
    </message>
    <message>
        <source>Add &amp;Locale</source>
        <translation>Sp&amp;rache hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy Menu To</source>
        <translation>Menü k&amp;opieren nach</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>JSON ein&amp;fügen…</translation>
    </message>
    <message>
        <source>Selected Item</source>
        <translation>Gewählter Eintrag</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports.</source>
        <translation>„%1“ ist keine Sprache, die Facebook unterstützt.</translation>
    </message>
    <message>
        <source>Select a locale&apos;s menu and a supported locale to copy it to.</source>
        <translation>Wählen Sie das Menü einer Sprache und eine unterstützte Sprache, in die es kopiert wird.</translation>
    </message>
    <message>
        <source>The menu was reverted to what the page has.</source>
        <translation>Das Menü wurde auf den Stand der Seite zurückgesetzt.</translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation>Menü importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Menu</source>
        <translation>Menü exportieren</translation>
    </message>
    <message>
        <source>Fetched the menu from the page (tx_id %1).</source>
        <translation>Das Menü wurde von der Seite geladen (tx_id %1).</translation>
    </message>
    <message>
        <source>Fetching the menu failed: %1</source>
        <translation>Laden des Menüs fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Angewendet: Graph hat %n Anfrage unter tx_id %1 angenommen.</numerusform>
            <numerusform>Angewendet: Graph hat %n Anfragen unter tx_id %1 angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the menu; your draft is kept: %1</source>
        <translation>Graph hat das Menü nicht angewendet; Ihr Entwurf bleibt erhalten: %1</translation>
    </message>
    <message>
        <source>Your unsaved menu from an earlier session was restored.</source>
        <translation>Ihr ungespeichertes Menü aus einer früheren Sitzung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is not a whitelisted domain of this page, so Messenger extensions will not work there. &lt;a href=&quot;profile&quot;&gt;Whitelist it in the Profile tab&lt;/a&gt;.</source>
        <translation>%1 ist keine freigegebene Domain dieser Seite, daher funktionieren Messenger-Erweiterungen dort nicht. &lt;a href=&quot;profile&quot;&gt;Im Profil-Tab freigeben&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Edit the item&apos;s %1</source>
        <translation>%1 des Eintrags bearbeiten</translation>
    </message>
    <message>
        <source>Send the menu to the page in one call.</source>
        <translation>Das Menü mit einem Aufruf an die Seite senden.</translation>
    </message>
    <message>
        <source>Fix the items marked in the tree first.</source>
        <translation>Beheben Sie zuerst die im Baum markierten Einträge.</translation>
    </message>
    <message>
        <source>Add a get started button</source>
        <translation>Schaltfläche „Los geht&apos;s“ hinzufügen</translation>
    </message>
    <message>
        <source>A Get Started button with the payload GET_STARTED is in the draft; it is sent with the menu.</source>
        <translation>Eine Schaltfläche „Los geht&apos;s“ mit dem Payload GET_STARTED ist im Entwurf; sie wird mit dem Menü gesendet.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1 at line %2, column %3.</source>
        <translation>Das JSON lässt sich nicht lesen: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The JSON holds no persistent menu: give a list of per-locale menus, or an object with &quot;persistent_menu&quot;.</source>
        <translation>Das JSON enthält kein dauerhaftes Menü: Geben Sie eine Liste von Menüs je Sprache an oder ein Objekt mit „persistent_menu“.</translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation>Ein Menü importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The menu was imported; it follows every rule of %1.</source>
        <translation>Das Menü wurde importiert; es erfüllt jede Regel von %1.</translation>
    </message>
    <message numerus="yes">
        <source>The menu was imported with %n problem(s), marked in the tree:
%1</source>
        <translation>
            <numerusform>Das Menü wurde mit %n Problem importiert, im Baum markiert:
%1</numerusform>
            <numerusform>Das Menü wurde mit %n Problemen importiert, im Baum markiert:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The menu could not be written to %1: %2.</source>
        <translation>Das Menü konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported the menu to %1.</source>
        <translation>Das Menü wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Paste Menu JSON</source>
        <translation>Menü-JSON einfügen</translation>
    </message>
    <message>
        <source>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</source>
        <translation>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation>Von der &amp;Seite laden</translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation>Ä&amp;nderungen prüfen…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Not fetched yet: Fetch from Page loads the menu this page has.</source>
        <translation>Noch nicht geladen: „Von der Seite laden“ holt das Menü, das diese Seite hat.</translation>
    </message>
    <message>
        <source>The menu</source>
        <translation>Das Menü</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Los geht&apos;s</translation>
    </message>
    <message>
        <source>Get started payload: %1</source>
        <translation>Payload von „Los geht&apos;s“: %1</translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Wählen Sie zuerst für jedes auf der Seite geänderte Feld einen Wert.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss this message.</source>
        <translation>Diese Meldung schließen.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageComposer</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Button template</source>
        <translation>Button-Vorlage</translation>
    </message>
    <message>
        <source>Generic template (cards)</source>
        <translation>Generische Vorlage (Karten)</translation>
    </message>
    <message>
        <source>&amp;Message kind:</source>
        <translation>&amp;Nachrichtenart:</translation>
    </message>
    <message>
        <source>optional persona id</source>
        <translation>optionale Persona-ID</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Write the message people will get.</source>
        <translation>Schreiben Sie die Nachricht, die die Personen bekommen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Choose a &amp;file to upload...</source>
        <translation>&amp;Datei zum Hochladen wählen …</translation>
    </message>
    <message>
        <source>Text above the buttons</source>
        <translation>Text über den Buttons</translation>
    </message>
    <message>
        <source>Button (Title | link, +phone or payload)</source>
        <translation>Button (Titel | Link, +Telefon oder Payload)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Bildadresse</translation>
    </message>
    <message>
        <source>Button 1</source>
        <translation>Button 1</translation>
    </message>
    <message>
        <source>Button 2</source>
        <translation>Button 2</translation>
    </message>
    <message>
        <source>Button 3</source>
        <translation>Button 3</translation>
    </message>
    <message>
        <source>Quick replies (up to 13, titles up to 20 characters):</source>
        <translation>Schnellantworten (bis zu 13, Titel bis zu 20 Zeichen):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessagePreview</name>
    <message>
        <source>uploaded attachment %1</source>
        <translation>hochgeladener Anhang %1</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessengerCodeForm</name>
    <message>
        <source>Deprecated since %1: %2 The form stays for servers that still serve it; graph.facebook.com answers with an error.</source>
        <translation>Veraltet seit %1: %2 Das Formular bleibt für Server, die es noch anbieten; graph.facebook.com antwortet mit einem Fehler.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Optional: up to 250 of a-z A-Z 0-9 + / = - . : _</source>
        <translation>Optional: bis zu 250 aus a-z A-Z 0-9 + / = - . : _</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation>Bild&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Create code</source>
        <translation>Code &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Save PNG...</source>
        <translation>PNG &amp;speichern …</translation>
    </message>
    <message>
        <source>No code yet.</source>
        <translation>Noch kein Code.</translation>
    </message>
    <message>
        <source>Messenger code image</source>
        <translation>Bild des Messenger-Codes</translation>
    </message>
    <message>
        <source>Creating the code...</source>
        <translation>Code wird erstellt …</translation>
    </message>
    <message>
        <source>Graph&apos;s link to the code: %1</source>
        <translation>Graphs Link zum Code: %1</translation>
    </message>
    <message>
        <source>Graph gave no link to an image.</source>
        <translation>Graph gab keinen Link zu einem Bild.</translation>
    </message>
    <message>
        <source>The code was created, but its image could not be downloaded: %1</source>
        <translation>Der Code wurde erstellt, aber sein Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The code is ready: %1 x %2 pixels.</source>
        <translation>Der Code ist fertig: %1 x %2 Pixel.</translation>
    </message>
    <message>
        <source>There is no code to save yet.</source>
        <translation>Es gibt noch keinen Code zum Speichern.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Save Messenger code</source>
        <translation>Messenger-Code speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MetricChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: no value</source>
        <translation>%1, %2: kein Wert</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::NlpForm</name>
    <message>
        <source>Detect entities in incoming messages</source>
        <translation>Entitäten in eingehenden Nachrichten erkennen</translation>
    </message>
    <message>
        <source>&amp;NLP:</source>
        <translation>&amp;NLP:</translation>
    </message>
    <message>
        <source>Keep the Page&apos;s model</source>
        <translation>Modell der Seite behalten</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Wit.ai server access token, for the CUSTOM model</source>
        <translation>Wit.ai-Server-Zugriffstoken, für das Modell CUSTOM</translation>
    </message>
    <message>
        <source>Custom &amp;token:</source>
        <translation>Eigenes &amp;Token:</translation>
    </message>
    <message>
        <source>Add more detail to each entity (verbose)</source>
        <translation>Mehr Details zu jeder Entität (verbose)</translation>
    </message>
    <message>
        <source>&amp;Verbose:</source>
        <translation>&amp;Ausführlich:</translation>
    </message>
    <message>
        <source>Graph&apos;s default</source>
        <translation>Standard von Graph</translation>
    </message>
    <message>
        <source>&amp;Best guesses per entity:</source>
        <translation>&amp;Beste Vermutungen je Entität:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The CUSTOM model needs the Wit.ai server access token.</source>
        <translation>Das Modell CUSTOM braucht das Wit.ai-Server-Zugriffstoken.</translation>
    </message>
    <message>
        <source>Applying the NLP settings...</source>
        <translation>NLP-Einstellungen werden angewendet …</translation>
    </message>
    <message>
        <source>Built-in NLP is on for %1.</source>
        <translation>Integriertes NLP ist für %1 an.</translation>
    </message>
    <message>
        <source>Built-in NLP is off for %1.</source>
        <translation>Integriertes NLP ist für %1 aus.</translation>
    </message>
    <message>
        <source>Messenger&apos;s built-in NLP tags each incoming message with the entities it finds (greetings, dates, locations...). Apply sends every field set here.</source>
        <translation>Das integrierte NLP von Messenger versieht jede eingehende Nachricht mit den Entitäten, die es findet (Begrüßungen, Daten, Orte...). Anwenden sendet jedes hier gesetzte Feld.</translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back, and this app has sent none for this Page yet: the fields show defaults, not the Page&apos;s settings.</source>
        <translation>Graph kann NLP-Einstellungen nicht zurücklesen, und diese App hat für diese Seite noch keine gesendet: Die Felder zeigen Standardwerte, nicht die Einstellungen der Seite.</translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back: the fields show what this app last sent for this Page on %1, which may not be what the Page has now.</source>
        <translation>Graph kann NLP-Einstellungen nicht zurücklesen: Die Felder zeigen, was diese App am %1 zuletzt für diese Seite gesendet hat, was nicht dem aktuellen Stand der Seite entsprechen muss.</translation>
    </message>
    <message>
        <source>The custom token is never kept; type it again to apply the CUSTOM model.</source>
        <translation>Das benutzerdefinierte Token wird nie gespeichert; geben Sie es erneut ein, um das Modell CUSTOM anzuwenden.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::OverviewTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Show in Event Log</source>
        <translation>Im Ereignisprotokoll zeigen</translation>
    </message>
    <message>
        <source>Messenger setup</source>
        <translation>Messenger-Einrichtung</translation>
    </message>
    <message>
        <source>What this Page shows in Messenger right now, as Graph reports it. Nothing here changes the Page.</source>
        <translation>Was diese Seite gerade in Messenger zeigt, so wie Graph es meldet. Hier wird nichts an der Seite geändert.</translation>
    </message>
    <message>
        <source>Read the Page&apos;s Messenger profile again (F5).</source>
        <translation>Das Messenger-Profil der Seite neu lesen (F5).</translation>
    </message>
    <message>
        <source>Filter the event log by this call&apos;s tx_id.</source>
        <translation>Das Ereignisprotokoll nach der tx_id dieses Aufrufs filtern.</translation>
    </message>
    <message>
        <source>The Messenger profile could not be read: %1</source>
        <translation>Das Messenger-Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Reading the Messenger profile…</source>
        <translation>Das Messenger-Profil wird gelesen…</translation>
    </message>
    <message>
        <source>Read at %1 (tx_id %2).</source>
        <translation>Gelesen um %1 (tx_id %2).</translation>
    </message>
    <message>
        <source>Reading failed at %1 (tx_id %2).</source>
        <translation>Lesen um %1 fehlgeschlagen (tx_id %2).</translation>
    </message>
    <message>
        <source>Not served on Graph API %1.</source>
        <translation>Von Graph API %1 nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageEditor</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation>Seite &amp;speichern</translation>
    </message>
    <message>
        <source>For example 104729384756101</source>
        <translation>Zum Beispiel 104729384756101</translation>
    </message>
    <message>
        <source>The Page&apos;s name</source>
        <translation>Der Name der Seite</translation>
    </message>
    <message>
        <source>Ask Graph whether the token is valid, what it may do and when it expires.</source>
        <translation>Graph fragen, ob das Token gültig ist, was es darf und wann es abläuft.</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>Page &amp;ID:</source>
        <translation>Seiten-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Page &amp;token:</source>
        <translation>Seiten-&amp;Token:</translation>
    </message>
    <message>
        <source>A Page access token comes from the Graph API Explorer or from Import Pages. It goes to the system keychain only.</source>
        <translation>Ein Seiten-Zugriffstoken bekommen Sie im Graph API Explorer oder über „Seiten importieren“. Es kommt nur in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Seiten-Zugriffstoken</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Add the app this Page belongs to first.</source>
        <translation>Fügen Sie zuerst die App hinzu, zu der diese Seite gehört.</translation>
    </message>
    <message>
        <source>The Page ID is missing or has characters a Page ID cannot have.</source>
        <translation>Die Seiten-ID fehlt oder enthält Zeichen, die eine Seiten-ID nicht haben kann.</translation>
    </message>
    <message>
        <source>This app already has a Page with the ID %1.</source>
        <translation>Diese App hat bereits eine Seite mit der ID %1.</translation>
    </message>
    <message>
        <source>A new Page needs its Page access token.</source>
        <translation>Eine neue Seite braucht ihr Seiten-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The Page could not be saved in the settings file.</source>
        <translation>Die Seite konnte nicht in der Einstellungsdatei gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The Page was not saved because its token could not be stored: %1</source>
        <translation>Die Seite wurde nicht gespeichert, weil ihr Token nicht abgelegt werden konnte: %1</translation>
    </message>
    <message>
        <source>The token was stored, but the Page could not be saved in the settings file.</source>
        <translation>Das Token wurde abgelegt, aber die Seite konnte nicht in der Einstellungsdatei gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageImportPanel</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Find Pages</source>
        <translation>Seiten &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Add Selected Pages</source>
        <translation>Ausgewählte Seiten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation>Seiten importieren</translation>
    </message>
    <message>
        <source>A user access token with pages_show_list lists the Pages you manage, each with its own Page token. The user token is used once and never stored.</source>
        <translation>Ein Benutzer-Zugriffstoken mit pages_show_list listet die Seiten auf, die Sie verwalten, jede mit ihrem eigenen Seiten-Token. Das Benutzer-Token wird einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>User access token</source>
        <translation>Benutzer-Zugriffstoken</translation>
    </message>
    <message>
        <source>Into &amp;app:</source>
        <translation>In &amp;App:</translation>
    </message>
    <message>
        <source>&amp;User token:</source>
        <translation>&amp;Benutzer-Token:</translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation>Gefundene Seiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add the app the Pages should belong to first.</source>
        <translation>Fügen Sie zuerst die App hinzu, zu der die Seiten gehören sollen.</translation>
    </message>
    <message>
        <source>Type or paste a user access token first.</source>
        <translation>Geben Sie zuerst ein Benutzer-Zugriffstoken ein oder fügen Sie es ein.</translation>
    </message>
    <message>
        <source>The Pages could not be listed: %1</source>
        <translation>Die Seiten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2), already added; adding it again replaces its token</source>
        <translation>%1 (%2), bereits hinzugefügt; erneutes Hinzufügen ersetzt ihr Token</translation>
    </message>
    <message>
        <source>Graph lists no Pages with a Page token for this user.</source>
        <translation>Graph listet für diesen Benutzer keine Seiten mit Seiten-Token.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Page(s). Choose the ones to add.</source>
        <translation>
            <numerusform>%n Seite gefunden. Wählen Sie die hinzuzufügenden.</numerusform>
            <numerusform>%n Seiten gefunden. Wählen Sie die hinzuzufügenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s) added; the others were not, because their tokens could not be stored: %1</source>
        <translation>
            <numerusform>%n Seite hinzugefügt; die anderen nicht, weil ihre Tokens nicht abgelegt werden konnten: %1</numerusform>
            <numerusform>%n Seiten hinzugefügt; die anderen nicht, weil ihre Tokens nicht abgelegt werden konnten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No Page was chosen.</source>
        <translation>Es wurde keine Seite gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n Page(s).</source>
        <translation>
            <numerusform>%n Seite hinzugefügt.</numerusform>
            <numerusform>%n Seiten hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListDelegate</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListPanel</name>
    <message>
        <source>Manage Accounts…</source>
        <translation>Konten verwalten…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Your apps and their Pages. Choose a Page to work on it.</source>
        <translation>Ihre Apps und deren Seiten. Wählen Sie eine Seite, um daran zu arbeiten.</translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation>Apps und Seiten hinzufügen, bearbeiten oder entfernen.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageWorkspace</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>This Page lives in the local sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation>Diese Seite liegt in der lokalen Sandbox: Änderungen gehen an einen lokalen Ersatz, nicht an Facebook.</translation>
    </message>
    <message>
        <source>%1: coming in a later version.</source>
        <translation>%1: kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>Page ID %1 · App %2 (%3) · Graph API %4</source>
        <translation>Seiten-ID %1 · App %2 (%3) · Graph API %4</translation>
    </message>
    <message>
        <source>Workspace of %1</source>
        <translation>Arbeitsbereich von %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; Broadcasts</source>
        <translation>Labels &amp;&amp; Broadcasts</translation>
    </message>
    <message>
        <source>Audience &amp;&amp; Insights</source>
        <translation>Zielgruppe &amp;&amp; Statistiken</translation>
    </message>
    <message>
        <source>Conversations &amp;&amp; Tools</source>
        <translation>Unterhaltungen &amp;&amp; Werkzeuge</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Auf %1 umstellen</translation>
    </message>
    <message>
        <source>Use Graph API %1 for every Page of %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation>Graph API %1 für jede Seite von %2 verwenden; die Entwürfe in Profil und Menü werden vor dem Senden gegen ihre Regeln geprüft.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PeoplePanel</name>
    <message>
        <source>Filter by name or PSID</source>
        <translation>Nach Name oder PSID filtern</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Only people with this label</source>
        <translation>Nur Personen mit diesem Label</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Beliebiges Label</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Any window</source>
        <translation>Beliebiges Fenster</translation>
    </message>
    <message>
        <source>Window open now</source>
        <translation>Fenster jetzt offen</translation>
    </message>
    <message>
        <source>People of the Page</source>
        <translation>Personen der Seite</translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation>Unterhaltungen s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Import PSIDs from a &amp;file...</source>
        <translation>PSIDs aus einer &amp;Datei importieren …</translation>
    </message>
    <message>
        <source>&amp;Paste PSIDs...</source>
        <translation>PSIDs ein&amp;fügen …</translation>
    </message>
    <message>
        <source>Import PSIDs</source>
        <translation>PSIDs importieren</translation>
    </message>
    <message>
        <source>Paste PSIDs</source>
        <translation>PSIDs einfügen</translation>
    </message>
    <message>
        <source>One PSID a line:</source>
        <translation>Eine PSID pro Zeile:</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The app knows nobody of this Page yet: sync the conversations or import PSIDs.</source>
        <translation>Die App kennt noch niemanden dieser Seite: Synchronisieren Sie die Unterhaltungen oder importieren Sie PSIDs.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;</source>
        <translation>Zeile %1: „%2“</translation>
    </message>
    <message>
        <source>The PSIDs could not be stored: %1</source>
        <translation>Die PSIDs konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PSID(s) read: %1 new, %2 already known.</source>
        <translation>
            <numerusform>%n PSID gelesen: %1 neu, %2 schon bekannt.</numerusform>
            <numerusform>%n PSIDs gelesen: %1 neu, %2 schon bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not PSIDs: %1.</source>
        <translation>Keine PSIDs: %1.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PersonasForm</name>
    <message>
        <source>Personas of the Page</source>
        <translation>Personas der Seite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persona id</source>
        <translation>Persona-ID</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Delete persona...</source>
        <translation>Persona &amp;löschen …</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>The name people see, e.g. Anna from Support</source>
        <translation>Der Name, den Personen sehen, z. B. Anna vom Support</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>https://example.com/anna.png</source>
        <translation>https://example.com/anna.png</translation>
    </message>
    <message>
        <source>&amp;Picture URL:</source>
        <translation>&amp;Bild-URL:</translation>
    </message>
    <message>
        <source>&amp;Create persona</source>
        <translation>Persona &amp;anlegen</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is at most %1 characters; this is %2.</source>
        <translation>Der Name hat höchstens %1 Zeichen; hier sind es %2.</translation>
    </message>
    <message>
        <source>A persona needs a picture: its URL.</source>
        <translation>Eine Persona braucht ein Bild: seine URL.</translation>
    </message>
    <message>
        <source>The picture must be a web address starting with https://.</source>
        <translation>Das Bild muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Use https://: Messenger loads the picture over a secure connection.</source>
        <translation>Verwenden Sie https://: Messenger lädt das Bild über eine sichere Verbindung.</translation>
    </message>
    <message>
        <source>Reading the personas...</source>
        <translation>Die Personas werden gelesen …</translation>
    </message>
    <message>
        <source>The personas could not be read.</source>
        <translation>Die Personas konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Page has no personas: replies go out in the Page&apos;s own name.</source>
        <translation>Die Seite hat keine Personas: Antworten gehen im Namen der Seite hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the persona %1...</source>
        <translation>Die Persona %1 wird angelegt …</translation>
    </message>
    <message>
        <source>The persona %1 was not created.</source>
        <translation>Die Persona %1 wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>The persona %1 was created (id %2).</source>
        <translation>Die Persona %1 wurde angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Delete the persona %1 (id %2)? Replies can no longer be sent as %1; messages already sent as %1 stay as they are. This cannot be undone.</source>
        <translation>Die Persona %1 (ID %2) löschen? Antworten können dann nicht mehr als %1 gesendet werden; bereits als %1 gesendete Nachrichten bleiben, wie sie sind. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the persona %1...</source>
        <translation>Die Persona %1 wird gelöscht …</translation>
    </message>
    <message>
        <source>The persona %1 was not deleted.</source>
        <translation>Die Persona %1 wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>The persona %1 was deleted.</source>
        <translation>Die Persona %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PlannedTab</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Kommt in einer späteren Version</translation>
    </message>
    <message>
        <source>Planned features</source>
        <translation>Geplante Funktionen</translation>
    </message>
    <message>
        <source>The Profile tab will edit what people see before and when they start a conversation. You fetch the Page&apos;s profile, edit a draft with instant checks, review the exact request and apply it in one call.</source>
        <translation>Der Profil-Tab bearbeitet, was Menschen vor und zu Beginn einer Unterhaltung sehen. Sie laden das Profil der Seite, bearbeiten einen Entwurf mit sofortigen Prüfungen, sehen die genaue Anfrage durch und wenden sie mit einem Aufruf an.</translation>
    </message>
    <message>
        <source>The Menu tab will edit the persistent menu, per locale, with a preview of what Messenger shows.</source>
        <translation>Der Menü-Tab bearbeitet das dauerhafte Menü je Sprache, mit einer Vorschau dessen, was Messenger zeigt.</translation>
    </message>
    <message>
        <source>The Labels &amp; Broadcasts tab will manage custom labels and the people who carry them, and compose broadcasts by hand.</source>
        <translation>Der Tab „Labels &amp; Broadcasts“ verwaltet eigene Labels und die Menschen, die sie tragen, und stellt Broadcasts von Hand zusammen.</translation>
    </message>
    <message>
        <source>The Audience &amp; Insights tab will chart the Page&apos;s messaging insights and show who the bot is offered to.</source>
        <translation>Der Tab „Zielgruppe &amp; Statistiken“ zeigt die Messaging-Statistiken der Seite als Diagramme und wem der Bot angeboten wird.</translation>
    </message>
    <message>
        <source>The Conversations &amp; Tools tab will gather the one-off operations of the Messenger Platform.</source>
        <translation>Der Tab „Unterhaltungen &amp; Werkzeuge“ versammelt die einzelnen Vorgänge der Messenger-Plattform.</translation>
    </message>
    <message>
        <source>Greeting text per locale, with the user name placeholders.</source>
        <translation>Begrüßungstext je Sprache, mit den Platzhaltern für den Benutzernamen.</translation>
    </message>
    <message>
        <source>The Get Started button and its payload.</source>
        <translation>Die Schaltfläche „Los geht&apos;s“ und ihr Payload.</translation>
    </message>
    <message>
        <source>Ice breakers: up to four questions people can tap.</source>
        <translation>Gesprächseinstiege: bis zu vier Fragen, die Menschen antippen können.</translation>
    </message>
    <message>
        <source>Whitelisted domains, account linking URL and home URL.</source>
        <translation>Freigegebene Domains, URL zur Kontoverknüpfung und Start-URL.</translation>
    </message>
    <message>
        <source>Payment settings and target audience, where Graph still serves them.</source>
        <translation>Zahlungseinstellungen und Zielgruppe, wo Graph sie noch anbietet.</translation>
    </message>
    <message>
        <source>Drafts that autosave, a diff before applying, and revert.</source>
        <translation>Entwürfe, die sich selbst speichern, ein Vergleich vor dem Anwenden und Zurücksetzen.</translation>
    </message>
    <message>
        <source>Postback and web URL items, up to 20 per locale since Graph v8.0.</source>
        <translation>Postback- und Web-URL-Einträge, seit Graph v8.0 bis zu 20 je Sprache.</translation>
    </message>
    <message>
        <source>Nested menus for apps that still use a Graph version before v8.0.</source>
        <translation>Verschachtelte Menüs für Apps, die noch eine Graph-Version vor v8.0 nutzen.</translation>
    </message>
    <message>
        <source>The switch that disables the composer.</source>
        <translation>Der Schalter, der das Eingabefeld abschaltet.</translation>
    </message>
    <message>
        <source>Menus for single people (custom user settings).</source>
        <translation>Menüs für einzelne Menschen (benutzerdefinierte Einstellungen).</translation>
    </message>
    <message>
        <source>Create, rename and delete custom labels.</source>
        <translation>Eigene Labels anlegen, umbenennen und löschen.</translation>
    </message>
    <message>
        <source>Label and unlabel thousands of people from a list of PSIDs, in batches.</source>
        <translation>Tausende Menschen aus einer PSID-Liste stapelweise mit Labels versehen oder davon befreien.</translation>
    </message>
    <message>
        <source>Message creatives, broadcasts and reach estimates, marked as deprecated by Graph.</source>
        <translation>Nachrichtenvorlagen, Broadcasts und Reichweitenschätzungen, von Graph als veraltet markiert.</translation>
    </message>
    <message>
        <source>Messaging insights over a date range, as charts.</source>
        <translation>Messaging-Statistiken über einen Zeitraum, als Diagramme.</translation>
    </message>
    <message>
        <source>Target audience by country.</source>
        <translation>Zielgruppe nach Ländern.</translation>
    </message>
    <message>
        <source>The status of the Page&apos;s messaging feature review.</source>
        <translation>Der Stand der Funktionsprüfung für Messaging der Seite.</translation>
    </message>
    <message>
        <source>Handover protocol: pass, take and request thread control.</source>
        <translation>Übergabeprotokoll: Kontrolle über Unterhaltungen abgeben, übernehmen und anfragen.</translation>
    </message>
    <message>
        <source>User profiles and ID matching across apps and Pages.</source>
        <translation>Benutzerprofile und ID-Abgleich über Apps und Seiten hinweg.</translation>
    </message>
    <message>
        <source>Send messages and upload reusable attachments.</source>
        <translation>Nachrichten senden und wiederverwendbare Anhänge hochladen.</translation>
    </message>
    <message>
        <source>Messenger codes, account unlinking, NLP settings and webhook subscriptions.</source>
        <translation>Messenger-Codes, Aufheben von Kontoverknüpfungen, NLP-Einstellungen und Webhook-Abonnements.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileBreakdownView</name>
    <message>
        <source>&amp;Read profiles</source>
        <translation>Profile &amp;lesen</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Ask Graph for the locale, timezone and gender the Page may read, for every person whose profile the app has not read yet (50 per request).</source>
        <translation>Fragt Graph nach Gebietsschema, Zeitzone und Geschlecht, soweit die Seite sie lesen darf, für jede Person, deren Profil die App noch nicht gelesen hat (50 pro Anfrage).</translation>
    </message>
    <message>
        <source>Profiles read</source>
        <translation>Gelesene Profile</translation>
    </message>
    <message>
        <source>People by locale</source>
        <translation>Personen nach Gebietsschema</translation>
    </message>
    <message>
        <source>People by timezone</source>
        <translation>Personen nach Zeitzone</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>Personen nach Geschlecht</translation>
    </message>
    <message>
        <source>Asking the Page&apos;s feature review which profile fields Graph gives…</source>
        <translation>Die Funktionsprüfung der Seite wird gefragt, welche Profilfelder Graph liefert …</translation>
    </message>
    <message>
        <source>there is no connection to Graph</source>
        <translation>es besteht keine Verbindung zu Graph</translation>
    </message>
    <message>
        <source>The feature review could not be read, so locale, timezone and gender stay hidden: %1</source>
        <translation>Die Funktionsprüfung konnte nicht gelesen werden, daher bleiben Gebietsschema, Zeitzone und Geschlecht verborgen: %1</translation>
    </message>
    <message>
        <source>Profiles read from Graph: %1 of %2 people.</source>
        <translation>Aus Graph gelesene Profile: %1 von %2 Personen.</translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give those profile fields.</source>
        <translation>Die Funktionsprüfung der Seite hat %1 nicht genehmigt, daher liefert Graph diese Profilfelder nicht.</translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give this field.</source>
        <translation>Die Funktionsprüfung der Seite hat %1 nicht genehmigt, daher liefert Graph dieses Feld nicht.</translation>
    </message>
    <message>
        <source>No profile read yet: press &quot;Read profiles&quot; to ask Graph.</source>
        <translation>Noch kein Profil gelesen: „Profile lesen“ fragt Graph.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Reading profiles stopped after %1: %2</source>
        <translation>Das Lesen der Profile stoppte nach %1: %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 profiles; the rest are read next time.</source>
        <translation>Nach %1 Profilen abgebrochen; der Rest wird beim nächsten Mal gelesen.</translation>
    </message>
    <message>
        <source>Read %1 profiles.</source>
        <translation>%1 Profile gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>Graph refused %n person(s), for example: %1</source>
        <translation>
            <numerusform>Graph hat %n Person abgelehnt, zum Beispiel: %1</numerusform>
            <numerusform>Graph hat %n Personen abgelehnt, zum Beispiel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store is not available, so profiles cannot be kept.</source>
        <translation>Der lokale Speicher ist nicht verfügbar, daher können keine Profile aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileSummary</name>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Get Started button</source>
        <translation>Schaltfläche „Los geht&apos;s“</translation>
    </message>
    <message>
        <source>Persistent menu</source>
        <translation>Dauerhaftes Menü</translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>Whitelisted domains</source>
        <translation>Freigegebene Domains</translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation>URL zur Kontoverknüpfung</translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation>Start-URL</translation>
    </message>
    <message>
        <source>Payment settings</source>
        <translation>Zahlungseinstellungen</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more locale(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Sprache</numerusform>
            <numerusform>%1 und %n weitere Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the payload %1.</source>
        <translation>Sendet den Payload %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n locale(s)</source>
        <translation>
            <numerusform>%1 in %n Sprache</numerusform>
            <numerusform>%1 in %n Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; typing is turned off</source>
        <translation>%1; Tippen ist ausgeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), starting with %1</source>
        <translation>
            <numerusform>%n Frage, beginnend mit %1</numerusform>
            <numerusform>%n Fragen, beginnend mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation>Ausgewählte Länder</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileTab</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy to Pages…</source>
        <translation>Auf Seiten k&amp;opieren…</translation>
    </message>
    <message>
        <source>Load every profile field from the page in one call.</source>
        <translation>Jedes Profilfeld mit einem Aufruf von der Seite laden.</translation>
    </message>
    <message>
        <source>Send the draft to the page in one call (two when fields are cleared).</source>
        <translation>Den Entwurf mit einem Aufruf an die Seite senden (mit zweien, wenn Felder geleert werden).</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Get started payload</source>
        <translation>Payload für „Los geht&apos;s“</translation>
    </message>
    <message>
        <source>Get Started Button</source>
        <translation>Schaltfläche „Los geht&apos;s“</translation>
    </message>
    <message>
        <source>Ice Breakers</source>
        <translation>Gesprächseinstiege</translation>
    </message>
    <message>
        <source>Whitelisted Domains</source>
        <translation>Freigegebene Domains</translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation>URL zur Kontoverknüpfung</translation>
    </message>
    <message>
        <source>Account Linking URL</source>
        <translation>URL zur Kontoverknüpfung</translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation>Start-URL</translation>
    </message>
    <message>
        <source>Only for testers (in_test)</source>
        <translation>Nur für Tester (in_test)</translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation>Teilen-Schaltfläche ausblenden</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Audience type</source>
        <translation>Art der Zielgruppe</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation>Ausgewählte Länder</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>Nur diese Länder</translation>
    </message>
    <message>
        <source>Everyone except these countries</source>
        <translation>Alle außer diesen Ländern</translation>
    </message>
    <message>
        <source>Target Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>URL der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Privacy URL:</source>
        <translation>Datenschutz-URL:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Test users:</source>
        <translation>Testbenutzer:</translation>
    </message>
    <message>
        <source>Payment Settings</source>
        <translation>Zahlungseinstellungen</translation>
    </message>
    <message>
        <source>The draft was reverted to what the page has.</source>
        <translation>Der Entwurf wurde auf den Stand der Seite zurückgesetzt.</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Fetched the profile from the page (tx_id %1).</source>
        <translation>Das Profil wurde von der Seite geladen (tx_id %1).</translation>
    </message>
    <message>
        <source>Fetching the profile failed</source>
        <translation>Laden des Profils fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Angewendet: Graph hat %n Anfrage unter tx_id %1 angenommen.</numerusform>
            <numerusform>Angewendet: Graph hat %n Anfragen unter tx_id %1 angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the change; your draft is kept</source>
        <translation>Graph hat die Änderung nicht angewendet; Ihr Entwurf bleibt erhalten</translation>
    </message>
    <message>
        <source>Your unsaved draft from an earlier session was restored. Review it, apply it, or revert it.</source>
        <translation>Ihr ungespeicherter Entwurf aus einer früheren Sitzung wurde wiederhergestellt. Sehen Sie ihn durch, wenden Sie ihn an oder setzen Sie ihn zurück.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Not fetched yet: fetch from the page to compare.</source>
        <translation>Noch nicht geladen: Laden Sie von der Seite, um zu vergleichen.</translation>
    </message>
    <message>
        <source>The draft matches the page.</source>
        <translation>Der Entwurf stimmt mit der Seite überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to set, %1 to clear.</source>
        <translation>
            <numerusform>%n Feld zu setzen, %1 zu leeren.</numerusform>
            <numerusform>%n Felder zu setzen, %1 zu leeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the draft to the page.</source>
        <translation>Den Entwurf an die Seite senden.</translation>
    </message>
    <message>
        <source>Fix the fields marked below first.</source>
        <translation>Beheben Sie zuerst die unten markierten Felder.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile JSON object (%2 at byte %3).</source>
        <translation>%1 ist kein Profil-JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a Messenger profile field; nothing was imported.</source>
        <translation>%1 enthält „%2“, das kein Feld des Messenger-Profils ist; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1 into the draft.</source>
        <translation>
            <numerusform>%n Feld aus %1 in den Entwurf importiert.</numerusform>
            <numerusform>%n Felder aus %1 in den Entwurf importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation>Das Profil konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported the draft to %1.</source>
        <translation>Der Entwurf wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation>Von der &amp;Seite laden</translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation>Ä&amp;nderungen prüfen…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on the page since you started editing; pick a value for each before applying.</source>
        <translation>
            <numerusform>%n Feld wurde auf der Seite geändert, seit Sie mit der Bearbeitung begonnen haben; wählen Sie vor dem Anwenden jeweils einen Wert.</numerusform>
            <numerusform>%n Felder wurden auf der Seite geändert, seit Sie mit der Bearbeitung begonnen haben; wählen Sie vor dem Anwenden jeweils einen Wert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Wählen Sie zuerst für jedes auf der Seite geänderte Feld einen Wert.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RateLimitWaitIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the calls waiting for Graph&apos;s rate limit</source>
        <translation>Die Aufrufe abbrechen, die auf das Ratenlimit von Graph warten</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n calls wait)</source>
        <translation>
            <numerusform>%1 (%n Aufruf wartet)</numerusform>
            <numerusform>%1 (%n Aufrufe warten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n call(s) that waited for Graph&apos;s rate limit.</source>
        <translation>
            <numerusform>%n Aufruf abgebrochen, der auf das Ratenlimit von Graph wartete.</numerusform>
            <numerusform>%n Aufrufe abgebrochen, die auf das Ratenlimit von Graph warteten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RawCallForm</name>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>&amp;Input (JSON):</source>
        <translation>&amp;Eingabe (JSON):</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy as C&amp;LI command</source>
        <translation>Als C&amp;LI-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Command last copied</source>
        <translation>Zuletzt kopierter Befehl</translation>
    </message>
    <message>
        <source>The command you copy shows here too; the token is a placeholder, never the real one.</source>
        <translation>Der kopierte Befehl erscheint auch hier; das Token ist ein Platzhalter, nie das echte.</translation>
    </message>
    <message>
        <source>Graph&apos;s answer</source>
        <translation>Antwort von Graph</translation>
    </message>
    <message>
        <source>Graph&apos;s answer shows here.</source>
        <translation>Die Antwort von Graph erscheint hier.</translation>
    </message>
    <message>
        <source>No operation has this id; pick one from the list.</source>
        <translation>Keine Operation hat diese ID; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, Pflicht)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2, group %3. Keys: %4.</source>
        <translation>%1 %2, Gruppe %3. Schlüssel: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Deprecated since %1: %2</source>
        <translation>Veraltet seit %1: %2</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at character %2.</source>
        <translation>Die Eingabe ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send a DELETE</source>
        <translation>DELETE senden</translation>
    </message>
    <message>
        <source>%1 deletes on %2: DELETE %3. Graph does not ask again and there is no undo.</source>
        <translation>%1 löscht auf %2: DELETE %3. Graph fragt nicht nach und es gibt kein Rückgängig.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation>%1 wird aufgerufen …</translation>
    </message>
    <message>
        <source>Graph answered %1.</source>
        <translation>Graph hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReportView</name>
    <message>
        <source>Result per person</source>
        <translation>Ergebnis pro Person</translation>
    </message>
    <message>
        <source>Send again to the failed</source>
        <translation>Erneut an die Fehlgeschlagenen senden</translation>
    </message>
    <message>
        <source>Send to those whose window reopened</source>
        <translation>An die senden, deren Fenster wieder offen ist</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No broadcast yet: the result per person shows here.</source>
        <translation>Noch kein Broadcast: Das Ergebnis pro Person erscheint hier.</translation>
    </message>
    <message>
        <source>%1 sent, %2 skipped, %3 failed, %4 unknown (may have arrived; never sent again by itself), %5 waiting.</source>
        <translation>%1 gesendet, %2 übersprungen, %3 fehlgeschlagen, %4 unbekannt (vielleicht angekommen; nie von selbst erneut gesendet), %5 wartend.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReviewChangesDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation>Änderungen durchsehen</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation>Im Entwurf</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>Das Feld auf der Seite</translation>
    </message>
    <message>
        <source>The field in the draft</source>
        <translation>Das Feld im Entwurf</translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation>Auf der Seite:</translation>
    </message>
    <message>
        <source>In the draft:</source>
        <translation>Im Entwurf:</translation>
    </message>
    <message>
        <source>&lt;new tx_id&gt;</source>
        <translation>&lt;neue tx_id&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>Requests that Apply will send</source>
        <translation>Anfragen, die „Anwenden“ senden wird</translation>
    </message>
    <message numerus="yes">
        <source>Apply sends %n request(s) under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</source>
        <translation>
            <numerusform>„Anwenden“ sendet %n Anfrage unter einer tx_id; die Profil-API erlaubt etwa 10 Aufrufe pro 10 Minuten und Seite.</numerusform>
            <numerusform>„Anwenden“ sendet %n Anfragen unter einer tx_id; die Profil-API erlaubt etwa 10 Aufrufe pro 10 Minuten und Seite.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Fields that change:</source>
        <translation>Felder, die sich ändern:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Changed on the page since you started editing: %1. Pick your value or the page&apos;s for each in the tab; Apply waits until you do.</source>
        <translation>Auf der Seite geändert, seit Sie mit der Bearbeitung begonnen haben: %1. Wählen Sie im Tab jeweils Ihren Wert oder den der Seite; Anwenden wartet, bis Sie gewählt haben.</translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Wählen Sie zuerst für jedes auf der Seite geänderte Feld einen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply will clear %n field(s) the page has: %1.</source>
        <translation>
            <numerusform>Übernehmen leert %n Feld der Seite: %1.</numerusform>
            <numerusform>Übernehmen leert %n Felder der Seite: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Fields</source>
        <translation>Felder leeren</translation>
    </message>
    <message>
        <source>%1 The page will no longer have them. Apply anyway?</source>
        <translation>%1 Die Seite wird sie nicht mehr haben. Trotzdem übernehmen?</translation>
    </message>
    <message>
        <source>Clear and Apply</source>
        <translation>Leeren und übernehmen</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::SendMessageForm</name>
    <message>
        <source>Recipient and type</source>
        <translation>Empfänger und Typ</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Vorname (optional)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name (optional)</source>
        <translation>Nachname (optional)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Messaging type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>RESPONSE: an answer within 24 hours</source>
        <translation>RESPONSE: eine Antwort innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>UPDATE: news within 24 hours</source>
        <translation>UPDATE: Neuigkeiten innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>MESSAGE_TAG: outside the window, with a tag</source>
        <translation>MESSAGE_TAG: außerhalb des Fensters, mit einem Tag</translation>
    </message>
    <message>
        <source>UTILITY: an approved template</source>
        <translation>UTILITY: eine genehmigte Vorlage</translation>
    </message>
    <message>
        <source>Message tag</source>
        <translation>Nachrichten-Tag</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Kein Tag</translation>
    </message>
    <message>
        <source>HUMAN_AGENT: a person&apos;s reply within 7 days</source>
        <translation>HUMAN_AGENT: die Antwort eines Menschen innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE were retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation>CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE und ACCOUNT_UPDATE wurden 2026 eingestellt (gemeldet am 2026-04-27); nur HUMAN_AGENT ist übrig.</translation>
    </message>
    <message>
        <source>&amp;Messaging type:</source>
        <translation>&amp;Nachrichtentyp:</translation>
    </message>
    <message>
        <source>Regular (sound and notification)</source>
        <translation>Normal (Ton und Benachrichtigung)</translation>
    </message>
    <message>
        <source>Silent push (notification, no sound)</source>
        <translation>Stille Benachrichtigung (ohne Ton)</translation>
    </message>
    <message>
        <source>No push</source>
        <translation>Keine Benachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Notification:</source>
        <translation>Benach&amp;richtigung:</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The message breaks %n rule(s); each is shown beside its part.</source>
        <translation>
            <numerusform>Die Nachricht verletzt %n Regel; sie steht neben dem betroffenen Teil.</numerusform>
            <numerusform>Die Nachricht verletzt %n Regeln; jede steht neben dem betroffenen Teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>As the local store knows this person: %1</source>
        <translation>Laut lokalem Speicher: %1</translation>
    </message>
    <message>
        <source>The local store knows no message from this PSID; Graph checks the window when the message is sent.</source>
        <translation>Der lokale Speicher kennt keine Nachricht von dieser PSID; Graph prüft das Fenster beim Senden.</translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation>Der Anhang wird hochgeladen …</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sent: message_id %1 to recipient_id %2.</source>
        <translation>Gesendet: message_id %1 an recipient_id %2.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, so nothing was sent.</source>
        <translation>Der Anhang konnte nicht hochgeladen werden, also wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::StringListEditor</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ThreadView</name>
    <message>
        <source>Choose a thread on the left to read it and answer.</source>
        <translation>Wählen Sie links eine Unterhaltung, um sie zu lesen und zu antworten.</translation>
    </message>
    <message>
        <source>Load &amp;older messages</source>
        <translation>Ä&amp;ltere Nachrichten laden</translation>
    </message>
    <message>
        <source>Messages of the thread</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>Answer &amp;as:</source>
        <translation>Antworten &amp;als:</translation>
    </message>
    <message>
        <source>Persona to answer as</source>
        <translation>Persona, als die geantwortet wird</translation>
    </message>
    <message>
        <source>The Page itself</source>
        <translation>Die Seite selbst</translation>
    </message>
    <message>
        <source>Reload &amp;personas</source>
        <translation>&amp;Personas neu laden</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>Show &amp;typing</source>
        <translation>&amp;Tippen anzeigen</translation>
    </message>
    <message>
        <source>Show the person that someone is typing (typing_on)</source>
        <translation>Der Person zeigen, dass jemand tippt (typing_on)</translation>
    </message>
    <message>
        <source>&amp;Mark seen</source>
        <translation>Als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the person&apos;s messages as seen (mark_seen)</source>
        <translation>Die Nachrichten der Person als gesehen markieren (mark_seen)</translation>
    </message>
    <message>
        <source>%1 (PSID %2)</source>
        <translation>%1 (PSID %2)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Person ohne Namen</translation>
    </message>
    <message>
        <source>Reading messages...</source>
        <translation>Nachrichten werden gelesen …</translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation>Die Nachrichten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(no text: an attachment or a template)</source>
        <translation>(kein Text: ein Anhang oder eine Vorlage)</translation>
    </message>
    <message>
        <source>The Page</source>
        <translation>Die Seite</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>This thread has no messages.</source>
        <translation>Diese Unterhaltung hat keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown; scroll up for older ones.</source>
        <translation>
            <numerusform>%n Nachricht angezeigt; nach oben scrollen für ältere.</numerusform>
            <numerusform>%n Nachrichten angezeigt; nach oben scrollen für ältere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown: the whole thread.</source>
        <translation>
            <numerusform>%n Nachricht angezeigt: die ganze Unterhaltung.</numerusform>
            <numerusform>%n Nachrichten angezeigt: die ganze Unterhaltung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No thread chosen: there is nobody to answer.</source>
        <translation>Keine Unterhaltung gewählt: Es gibt niemanden, dem geantwortet werden kann.</translation>
    </message>
    <message>
        <source>Fix the message first.</source>
        <translation>Korrigieren Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation>Der Anhang wird hochgeladen …</translation>
    </message>
    <message>
        <source>Sending the reply...</source>
        <translation>Die Antwort wird gesendet …</translation>
    </message>
    <message>
        <source>The reply was not sent; it is kept in the box.</source>
        <translation>Die Antwort wurde nicht gesendet; sie bleibt im Eingabefeld.</translation>
    </message>
    <message>
        <source>Sent (message %1).</source>
        <translation>Gesendet (Nachricht %1).</translation>
    </message>
    <message>
        <source>The person sees that someone is typing.</source>
        <translation>Die Person sieht, dass jemand tippt.</translation>
    </message>
    <message>
        <source>The person&apos;s messages are marked as seen.</source>
        <translation>Die Nachrichten der Person sind als gesehen markiert.</translation>
    </message>
    <message>
        <source>Typing could not be shown.</source>
        <translation>Das Tippen konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The messages could not be marked seen.</source>
        <translation>Die Nachrichten konnten nicht als gesehen markiert werden.</translation>
    </message>
    <message>
        <source>The Page&apos;s personas could not be read.</source>
        <translation>Die Personas der Seite konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (persona %2)</source>
        <translation>%1 (Persona %2)</translation>
    </message>
    <message>
        <source>Progress of the reply</source>
        <translation>Fortschritt der Antwort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the reply; an upload or a message that already left may still reach Graph.</source>
        <translation>Die Antwort anhalten; ein Upload oder eine Nachricht, die bereits gesendet wurde, kann Graph trotzdem erreichen.</translation>
    </message>
    <message>
        <source>%1 The reply itself was not sent; it is kept in the box.</source>
        <translation>%1 Die Antwort selbst wurde nicht gesendet; sie bleibt im Feld.</translation>
    </message>
    <message>
        <source>Whether the reply went out is unknown; it is kept in the box. Look at the thread before you send it again.</source>
        <translation>Ob die Antwort gesendet wurde, ist unbekannt; sie bleibt im Feld. Sehen Sie in der Unterhaltung nach, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::TokenCheckView</name>
    <message>
        <source>Type or paste a token first.</source>
        <translation>Geben Sie zuerst ein Token ein oder fügen Sie es ein.</translation>
    </message>
    <message>
        <source>No connection to Graph is set up.</source>
        <translation>Es ist keine Verbindung zu Graph eingerichtet.</translation>
    </message>
    <message>
        <source>Asking Graph about the token…</source>
        <translation>Graph wird nach dem Token gefragt…</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Nicht gültig.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Nicht gültig: %1</translation>
    </message>
    <message>
        <source>Scopes: none.</source>
        <translation>Berechtigungen: keine.</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Berechtigungen: %1.</translation>
    </message>
    <message>
        <source>Expires: never.</source>
        <translation>Läuft ab: nie.</translation>
    </message>
    <message>
        <source>Expires: %1.</source>
        <translation>Läuft ab: %1.</translation>
    </message>
    <message>
        <source>Valid Page token for %1.</source>
        <translation>Gültiges Seiten-Token für %1.</translation>
    </message>
    <message>
        <source>Valid user token for %1.</source>
        <translation>Gültiges Benutzer-Token für %1.</translation>
    </message>
    <message>
        <source>Valid app token for %1.</source>
        <translation>Gültiges App-Token für %1.</translation>
    </message>
    <message>
        <source>Valid token for %1.</source>
        <translation>Gültiges Token für %1.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ToolForm</name>
    <message>
        <source>Progress of the call</source>
        <translation>Fortschritt des Aufrufs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for Graph; a write that already left may still be applied.</source>
        <translation>Nicht länger auf Graph warten; ein bereits gesendeter Schreibaufruf kann trotzdem ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UnlinkAccountForm</name>
    <message>
        <source>Ends the link between a person&apos;s Messenger account and their account on your service (account linking). They can link again from your login page.</source>
        <translation>Beendet die Verknüpfung zwischen dem Messenger-Konto einer Person und ihrem Konto bei Ihrem Dienst (Kontoverknüpfung). Sie kann sich über Ihre Anmeldeseite erneut verknüpfen.</translation>
    </message>
    <message>
        <source>Page-scoped id of the person</source>
        <translation>Seitenbezogene ID der Person</translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation>&amp;PSID:</translation>
    </message>
    <message>
        <source>&amp;Unlink account...</source>
        <translation>Konto &amp;trennen …</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>Konto trennen</translation>
    </message>
    <message>
        <source>Unlink the account of %1 on %2? Their Messenger account is no longer linked to their account on your service, and your webhook gets an account_linking &quot;unlinked&quot; event. This cannot be undone here; only the person can link again.</source>
        <translation>Das Konto von %1 auf %2 trennen? Das Messenger-Konto ist dann nicht mehr mit dem Konto bei Ihrem Dienst verknüpft, und Ihr Webhook erhält ein account_linking-Ereignis „unlinked“. Das lässt sich hier nicht rückgängig machen; nur die Person kann sich erneut verknüpfen.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Unlinking %1...</source>
        <translation>%1 wird getrennt …</translation>
    </message>
    <message>
        <source>%1 is unlinked. Graph answered: %2</source>
        <translation>%1 ist getrennt. Graph antwortete: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UsageIndicator</name>
    <message>
        <source>App usage</source>
        <translation>App-Nutzung</translation>
    </message>
    <message>
        <source>Page usage</source>
        <translation>Seiten-Nutzung</translation>
    </message>
    <message>
        <source>The share of Graph&apos;s rate limit used, as Graph reported it with the last answer. Messenger Desk slows down above %1 % and waits when Graph refuses calls.</source>
        <translation>Der genutzte Anteil am Aufruflimit von Graph, wie Graph ihn mit der letzten Antwort gemeldet hat. Messenger Desk wird über %1 % langsamer und wartet, wenn Graph Aufrufe ablehnt.</translation>
    </message>
    <message>
        <source>No requests running</source>
        <translation>Keine Anfragen laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the app&apos;s limit used</source>
        <translation>%1 % des Limits der App genutzt</translation>
    </message>
    <message>
        <source>%1 % of the Page&apos;s limit used</source>
        <translation>%1 % des Limits der Seite genutzt</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserLookupForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Page-scoped id (PSID)</source>
        <translation>Seitenbezogene ID (PSID)</translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation>&amp;PSID:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>Look up &amp;profile</source>
        <translation>&amp;Profil abfragen</translation>
    </message>
    <message>
        <source>Show &amp;labels</source>
        <translation>&amp;Labels zeigen</translation>
    </message>
    <message>
        <source>ID matching</source>
        <translation>ID-Abgleich</translation>
    </message>
    <message>
        <source>Optional: only this app id</source>
        <translation>Optional: nur diese App-ID</translation>
    </message>
    <message>
        <source>&amp;App filter:</source>
        <translation>&amp;App-Filter:</translation>
    </message>
    <message>
        <source>App-scoped id (ASID), for the Pages side</source>
        <translation>App-bezogene ID (ASID), für die Seiten-Richtung</translation>
    </message>
    <message>
        <source>AS&amp;ID:</source>
        <translation>AS&amp;ID:</translation>
    </message>
    <message>
        <source>Optional: only this Page id</source>
        <translation>Optional: nur diese Seiten-ID</translation>
    </message>
    <message>
        <source>Pa&amp;ge filter:</source>
        <translation>Sei&amp;tenfilter:</translation>
    </message>
    <message>
        <source>IDs in other &amp;apps (from the PSID)</source>
        <translation>IDs in anderen &amp;Apps (aus der PSID)</translation>
    </message>
    <message>
        <source>IDs in other Pa&amp;ges (from the ASID)</source>
        <translation>IDs auf anderen &amp;Seiten (aus der ASID)</translation>
    </message>
    <message>
        <source>ID matching sends appsecret_proof, made from the app&apos;s secret.</source>
        <translation>Der ID-Abgleich sendet appsecret_proof, gebildet aus dem App-Geheimnis.</translation>
    </message>
    <message>
        <source>locale, timezone and gender need the Page&apos;s feature review; it is read when this form opens.</source>
        <translation>locale, timezone und gender brauchen die Funktionsprüfung der Seite; sie wird gelesen, wenn dieses Formular öffnet.</translation>
    </message>
    <message>
        <source>ID matching requires appsecret_proof, and this app has no secret configured: add the app secret in Accounts. Nothing is sent until then.</source>
        <translation>Der ID-Abgleich verlangt appsecret_proof, und für diese App ist kein Geheimnis eingerichtet: fügen Sie das App-Geheimnis unter Konten hinzu. Bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation>Funktionsprüfung wird gelesen …</translation>
    </message>
    <message>
        <source>Every profile field is approved for this Page.</source>
        <translation>Jedes Profilfeld ist für diese Seite genehmigt.</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>%1 wird abgefragt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the labels of %1...</source>
        <translation>Labels von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 carries no label of this Page.</source>
        <translation>%1 trägt kein Label dieser Seite.</translation>
    </message>
    <message>
        <source>Labels of %1: %2</source>
        <translation>Labels von %1: %2</translation>
    </message>
    <message>
        <source>Matching ids...</source>
        <translation>IDs werden abgeglichen …</translation>
    </message>
    <message>
        <source>%1 in the app %2 (%3)</source>
        <translation>%1 in der App %2 (%3)</translation>
    </message>
    <message>
        <source>No other app knows this person.</source>
        <translation>Keine andere App kennt diese Person.</translation>
    </message>
    <message>
        <source>%1 on the Page %2 (%3)</source>
        <translation>%1 auf der Seite %2 (%3)</translation>
    </message>
    <message>
        <source>No other Page knows this person.</source>
        <translation>Keine andere Seite kennt diese Person.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserMenuPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Give This User the Menu</source>
        <translation>Diesem Benutzer das Menü geben</translation>
    </message>
    <message>
        <source>Reset to Page Menu</source>
        <translation>Auf das Seitenmenü zurücksetzen</translation>
    </message>
    <message>
        <source>PSID of one user</source>
        <translation>PSID eines Benutzers</translation>
    </message>
    <message>
        <source>User PSID</source>
        <translation>Benutzer-PSID</translation>
    </message>
    <message>
        <source>Menu for one user:</source>
        <translation>Menü für einen Benutzer:</translation>
    </message>
    <message>
        <source>User %1 now sees the menu being edited.</source>
        <translation>Benutzer %1 sieht jetzt das bearbeitete Menü.</translation>
    </message>
    <message>
        <source>User %1 sees the page&apos;s menu again.</source>
        <translation>Benutzer %1 sieht wieder das Menü der Seite.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Graph refused it: %1</source>
        <translation>Graph hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>User %1 has no menu of their own; they see the page&apos;s menu.</source>
        <translation>Benutzer %1 hat kein eigenes Menü und sieht das Menü der Seite.</translation>
    </message>
    <message>
        <source>User %1 has their own menu: %2</source>
        <translation>Benutzer %1 hat ein eigenes Menü: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WebhooksForm</name>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation>Noch nicht gelesen: drücken Sie Lesen, um Graph zu fragen.</translation>
    </message>
    <message>
        <source>Fields this app gets events for</source>
        <translation>Felder, für die diese App Ereignisse erhält</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Subscribe with these fields</source>
        <translation>Mit diesen Feldern &amp;abonnieren</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe...</source>
        <translation>Abo &amp;beenden …</translation>
    </message>
    <message>
        <source>Check at least one field.</source>
        <translation>Wählen Sie mindestens ein Feld.</translation>
    </message>
    <message>
        <source>Reading the subscriptions...</source>
        <translation>Abonnements werden gelesen …</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No app is subscribed to this Page&apos;s webhooks: your server gets no events from it.</source>
        <translation>Keine App hat die Webhooks dieser Seite abonniert: Ihr Server erhält keine Ereignisse von ihr.</translation>
    </message>
    <message>
        <source>Subscribed apps:
%1</source>
        <translation>Abonnierte Apps:
%1</translation>
    </message>
    <message>
        <source>Subscribing...</source>
        <translation>Wird abonniert …</translation>
    </message>
    <message>
        <source>The app now gets these events of %1: %2.</source>
        <translation>Die App erhält jetzt diese Ereignisse von %1: %2.</translation>
    </message>
    <message>
        <source>Subscribed with: %1</source>
        <translation>Abonniert mit: %1</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abo beenden</translation>
    </message>
    <message>
        <source>Unsubscribe this app from %1&apos;s webhooks? Your server stops getting messages, postbacks and every other event of the Page until you subscribe again; people&apos;s messages are not answered by your bot meanwhile.</source>
        <translation>Das Abo dieser App für die Webhooks von %1 beenden? Ihr Server erhält keine Nachrichten, Postbacks und anderen Ereignisse der Seite mehr, bis Sie erneut abonnieren; Ihr Bot beantwortet so lange keine Nachrichten.</translation>
    </message>
    <message>
        <source>Unsubscribing...</source>
        <translation>Abo wird beendet …</translation>
    </message>
    <message>
        <source>The app no longer gets webhook events of %1.</source>
        <translation>Die App erhält keine Webhook-Ereignisse von %1 mehr.</translation>
    </message>
    <message>
        <source>No app of yours is subscribed now.</source>
        <translation>Jetzt ist keine Ihrer Apps abonniert.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceArea</name>
    <message>
        <source>Welcome to Messenger Desk</source>
        <translation>Willkommen bei Messenger Desk</translation>
    </message>
    <message>
        <source>Choose a Page in the page list to see its tabs: Overview, Profile, Menu, Labels &amp; Broadcasts, Audience &amp; Insights, and Conversations &amp; Tools. The event log at the bottom shows every Graph API call.</source>
        <translation>Wählen Sie in der Seitenliste eine Seite, um ihre Tabs zu sehen: Überblick, Profil, Menü, Labels &amp; Broadcasts, Zielgruppe &amp; Statistiken sowie Unterhaltungen &amp; Werkzeuge. Das Ereignisprotokoll unten zeigt jeden Aufruf der Graph API.</translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>Konten verwalten…</translation>
    </message>
</context>
</TS>

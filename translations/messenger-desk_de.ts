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
        <source>The menu for %1 has no items.</source>
        <translation>Das Menü für %1 hat keine Einträge.</translation>
    </message>
    <message>
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation>Das dauerhafte Menü braucht ein Menü für das Gebietsschema „default“.</translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG.</source>
        <translation>messaging_type muss RESPONSE, UPDATE oder MESSAGE_TAG sein.</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation>Eine MESSAGE_TAG-Nachricht braucht ein Tag.</translation>
    </message>
    <message>
        <source>The tag %1 was retired on 2020-03-04; use CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE or HUMAN_AGENT.</source>
        <translation>Das Tag %1 wurde am 2020-03-04 eingestellt; verwenden Sie CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE oder HUMAN_AGENT.</translation>
    </message>
    <message>
        <source>A sender action cannot be sent together with a message.</source>
        <translation>Eine Absenderaktion kann nicht zusammen mit einer Nachricht gesendet werden.</translation>
    </message>
    <message>
        <source>Give either a message or a sender action.</source>
        <translation>Geben Sie entweder eine Nachricht oder eine Absenderaktion an.</translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on or typing_off.</source>
        <translation>sender_action muss mark_seen, typing_on oder typing_off sein.</translation>
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
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation>Es gibt %1 Schnellantworten; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>Der Titel der Schnellantwort „%1“ hat %2 Zeichen; erlaubt sind höchstens %3.</translation>
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
        <translation>Gib dem Anhang eine URL oder eine lokale Datei.</translation>
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
        <source>Graph did not answer within %1 seconds.</source>
        <translation>Graph hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
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
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation>Graph hat mit HTTP %1 und ohne Meldung geantwortet.</translation>
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
        <source>The input file %1 cannot be read: %2.</source>
        <translation>Die Eingabedatei %1 kann nicht gelesen werden: %2.</translation>
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
        <translation>Keine Seite ist eingerichtet: Fügen Sie eine mit „account add-page“ hinzu, geben Sie --page APP_ID/PAGE_ID mit MESSENGER_DESK_PAGE_TOKEN an oder verwenden Sie --sandbox.</translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation>Mehrere Seiten sind eingerichtet; wählen Sie eine mit --page APP_ID/PAGE_ID.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>Die Graph-URL %1 wird abgelehnt: Verwenden Sie https, oder http nur zu einem Loopback-Host.</translation>
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
        <source>The PSID file %1 cannot be read: %2.</source>
        <translation>Die PSID-Datei %1 kann nicht gelesen werden: %2.</translation>
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
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run].</source>
        <translation>Aufruf: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run].</translation>
    </message>
    <message>
        <source>--dry-run goes with profile apply.</source>
        <translation>--dry-run gehört zu profile apply.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read: %2.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
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
        <source>Use: sandbox serve [--port N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation>Aufruf: sandbox serve [--port N] [--faults JSON] [--budget JSON] [--profile-limit].</translation>
    </message>
    <message>
        <source>--%1 expects a JSON object.</source>
        <translation>--%1 erwartet ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
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
            <numerusform>Kopiere auf %n Seite unter tx_id %1…</numerusform>
            <numerusform>Kopiere auf %n Seiten unter tx_id %1…</numerusform>
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
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
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
<context>
    <name>mdesk::ui::WorkspaceTabs</name>
    <message>
        <source>Import Menu</source>
        <translation>Menü importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
</TS>

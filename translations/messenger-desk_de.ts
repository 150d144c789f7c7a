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
</context>
<context>
    <name>mdesk::api</name>
    <message>
        <source>Each %1 entry needs a locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale %1 appears twice in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs an entry for the locale &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu has %1 items; from v8.0 Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This menu level has %1 items; before v8.0 at most %2 are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each menu item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postback item needs a payload of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webview_height_ratio must be compact, tall or full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback_url is allowed only when messenger_extensions is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webview_share_button can only be &quot;hide&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested menus were removed in v8.0; this page uses a newer version, so the menu must be flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus nest at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a menu item type; use postback or web_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::BatchRequest</name>
    <message>
        <source>A file upload cannot go in a batch request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 operations, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch answer has %1 items for %2 requests; item %3 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::BulkJob</name>
    <message>
        <source>The bulk job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::FieldRules</name>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an IP address; Messenger accepts only domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to localhost, which Messenger does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting must be a list of {locale, text} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting has %1 characters; Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a greeting placeholder; use {{user_first_name}}, {{user_last_name}} or {{user_full_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains must be a list of https URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 whitelisted domains; Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The get started button needs a payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The get started payload has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home_url is deprecated from v7.0 and Graph refuses a profile update that holds it; this page uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL&apos;s webview_height_ratio must be &quot;tall&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL needs in_test set to true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience type must be all, custom or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom audience needs a country whitelist or blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_users must be a list of user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 ice breakers; Messenger shows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ice breaker needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ice breaker needs a payload of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger profile field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent menu needs the get started button to be set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL&apos;s domain %1 must be in the whitelisted domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persistent menu must be a list of per-locale menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale %1 has two menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composer_input_disabled must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu for %1 has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 was retired on 2020-03-04; use CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE or HUMAN_AGENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender action cannot be sent together with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a message or a sender action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on or typing_off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs a text or an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_size must be a whole number from 100 to 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ref must be 1 to 250 characters of a-z, A-Z, 0-9 and + / = - . : _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a url or a local file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments may be at most 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphClient</name>
    <message>
        <source>There is no operation called &quot;%1&quot;; messenger-desk-cli ops lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page access token is known for page %1 of app %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app token or app secret is known for app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation %1 needs a user access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Graph failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s answer (HTTP %1) was cut off after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphResult</name>
    <message>
        <source>Graph answered HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered HTTP %1 with a body that is not JSON (%2 at byte %3): &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::OperationTable</name>
    <message>
        <source>The Broadcast API was deprecated with v4.0 on 2019-07-29 and stopped working on all versions on 2020-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home_url (Chat Extensions) is deprecated from v7.0 (May 2020); a profile update that holds it fails as a whole there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been dropped from Meta&apos;s documentation; Graph may ignore or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger codes were removed on all versions on 2019-10-29.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::Pager</name>
    <message>
        <source>Fetching the list was cancelled.</source>
        <translation type="unfinished"></translation>
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
        <source>Welcome to Messenger Desk</source>
        <translation>Willkommen bei Messenger Desk</translation>
    </message>
    <message>
        <source>Your apps and Pages will be listed on the left. Each Page will get the tabs Profile, Menu, Labels &amp; Broadcasts, Audience &amp; Insights, and Conversations &amp; Tools, and a live event log will show every Graph API call at the bottom.</source>
        <translation>Links werden Ihre Apps und Seiten aufgelistet. Jede Seite erhält die Reiter Profil, Menü, Labels &amp; Rundsendungen, Zielgruppe &amp; Statistiken sowie Unterhaltungen &amp; Werkzeuge, und ein Live-Ereignisprotokoll unten zeigt jeden Aufruf der Graph API.</translation>
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
</context>
</TS>

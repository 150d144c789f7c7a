<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window, print it as one JSON line and quit. Settings are neither read nor written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also start the sandbox, a local stand-in for the Graph API with demo Pages, as on the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the connection was closed or reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// because messenger_extensions is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender action is sent on its own: send the message and the sender_action in two requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a message or a sender_action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs a messaging_type: RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload goes only with the sender_action react or unreact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender_action %1 needs payload.message_id: the id of the message to react to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload.reaction must be text, such as an emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reaction payload takes message_id and reaction, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buttons must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 buttons; %2 to %3 are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button needs a type, such as web_url or postback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generic template has %1 elements; 1 to %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a template_type, such as generic or button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment must be an object {type, payload}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video, file or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a payload object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media attachment needs a payload url or attachment_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick replies must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content_type must be text, user_phone_number or user_email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text quick reply needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;first_name&quot;: text, &quot;last_name&quot;: text}, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation %1 takes no input; &quot;%2&quot; is not one of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation %1 does not take &quot;%2&quot;; its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list under &quot;data&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;message_id&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;success&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of batch answers was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerReader</name>
    <message>
        <source>Graph did not answer within %1 seconds after the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, but %1 before Graph&apos;s answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Graph failed before the request was sent (%1); nothing was applied.</source>
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
        <source>Graph answered HTTP %1, a redirect to %2, which is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerShapes</name>
    <message>
        <source>Graph answered in a shape this version does not know (%1): &quot;%2&quot;.</source>
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
    <message>
        <source>Not sent: the job stopped at an error no retry can fix: %1</source>
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
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
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
        <source>image_size must be a whole number from 100 to 2000.</source>
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
    <message>
        <source>The ref must be 1 to 250 characters from a-z, A-Z, 0-9, +, /, =, -, ., : and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu for %1 turns the composer off and has no items, so people could not answer at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 was retired in 2026 (reported on 2026-04-27); Graph refuses it on every version. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 is not served: the other tags were retired on 2020-03-04 and in 2026. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag; only HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag goes only with the messaging_type MESSAGE_TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag must be text, such as HUMAN_AGENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on, typing_off, react or unreact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message does not take &quot;%1&quot;; it takes text, attachment, quick_replies and metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message has a text or an attachment, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period must be one of %1.</source>
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
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit holds calls for this app or Page back; the call was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph says it does not exist: an earlier attempt whose answer was lost had already deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled after its request was sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph may have applied this; check before you send it again.</source>
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
    <name>mdesk::api::GraphVersions</name>
    <message>
        <source>%1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graph API %1 ends on %2 (in %n day(s)); move this app to %3 before then.</source>
        <translation>
            <numerusform>Graph API %1 ends on %2 (in %n day); move this app to %3 before then.</numerusform>
            <numerusform>Graph API %1 ends on %2 (in %n days); move this app to %3 before then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph API %1 ended on %2: Graph now serves its calls as %3, the oldest version still available, so behaviour may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API %1 is no longer available: Graph serves its calls as %2, the oldest version still available, so behaviour may differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::InsightsMetrics</name>
    <message>
        <source>Messaging connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the Page can message at the end of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations started by people who had never messaged the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in which people blocked the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations people reported, for example as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported conversations by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported conversations split into spam, inappropriate and other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations with at least one message in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s feedback on the Page&apos;s messages, by action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations open at the end of the period.</source>
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
    <name>mdesk::api::ParamCheck</name>
    <message>
        <source>The field &quot;%1&quot; must be an object with exactly one of: %2; not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; goes only with a phone_number recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient does not take &quot;%1&quot;; give exactly one of: %2 (and a name with phone_number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (digits), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id such as &quot;123_456&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient needs exactly one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has %1; give exactly one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an id: digits such as &quot;1234567890&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (a page-scoped user id of digits), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id without /, ?, # or spaces, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a paging cursor (text), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an http:// or https:// URL, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be one of %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of names (a JSON list of text or comma-separated text), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be Unix seconds or a date such as 2026-01-31, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON list, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;id&quot;: PSID} with the PSID as digits, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::WaitNotice</name>
    <message>
        <source>Waiting %1 s for Graph&apos;s rate limit, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph expects to allow calls again at %1 (in %2 min); that is longer than this call may wait, so it stopped. Run it again after that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::KeychainBackendLoader</name>
    <message>
        <source>The keychain module %1 could not be loaded (%2), so no secret can be stored or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain module is not installed (looked for %1), so no secret can be stored or read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::SecretStore</name>
    <message>
        <source>The keychain holds no entry named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: Messenger Desk needs the Secret Service (for example GNOME Keyring or KWallet) on the D-Bus session bus. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to &quot;%1&quot;. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain entry &quot;%1&quot; was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle the entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::SettingsAccountStore</name>
    <message>
        <source>Secrets of the sandbox&apos;s demo apps cannot be changed, and secrets need a valid app and Page ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AccountCommand</name>
    <message>
        <source>--%1 does not go with &quot;account %2&quot;; see &quot;account --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 arrived on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version such as v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an APP_ID/PAGE_ID pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 is not set up; add it first with &quot;account add-app %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page needs its access token: pipe it in and pass --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret presence is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 of app %2 is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove every secret (%1); the account stays in settings so the command can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AudienceCommand</name>
    <message>
        <source>Use: audience sync | audience list [--label ID] [--open] | audience import FILE [--skip-bad].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label and --open belong to &quot;audience list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-bad belongs to &quot;audience import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size belongs to &quot;audience sync&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size expects a number from 1 to 100, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience sync: %1 threads read, %2 new or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 What was read is kept; the next &quot;audience sync&quot; resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a PSID (a PSID is digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more bad lines are not shown.</source>
        <translation>
            <numerusform>%n more bad line is not shown.</numerusform>
            <numerusform>%n more bad lines are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad lines; nothing was imported. Fix them, or pass --skip-bad to import the good lines.</source>
        <translation>
            <numerusform>%1 has %n bad line; nothing was imported. Fix it, or pass --skip-bad to import the good lines.</numerusform>
            <numerusform>%1 has %n bad lines; nothing was imported. Fix them, or pass --skip-bad to import the good lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::BroadcastCommand</name>
    <message>
        <source>Use: broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list or broadcast report ID [--csv].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast send takes no further arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast send needs --message-file F (a Send API message object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exactly one audience: --label ID, --psids FILE or --all-open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file is not a JSON object: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message has %n fault(s); nothing was sent.</source>
        <translation>
            <numerusform>The message has %n fault; nothing was sent.</numerusform>
            <numerusform>The message has %n faults; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the PSID file is not a PSID: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page has no label %1 (%2); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience holds nobody the app knows; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done, about %4 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CallCommand</name>
    <message>
        <source>call needs an operation id; &quot;ops&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation called &quot;%1&quot;; &quot;ops&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the input once: --input JSON, --input-file F or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --input value is not valid UTF-8; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --input value is larger than %1, the limit for a call input; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliCommand</name>
    <message>
        <source>%1 The keychain could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliContext</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page is set up: add one with &quot;account add-page&quot;, pass --page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL &quot;%1&quot; from %2 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliRunner</name>
    <message>
        <source>--%1 expects a number of seconds above 0 and up to %2, got &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not finish within --deadline %1 seconds; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliStorageLoader</name>
    <message>
        <source>The store module %1 could not be loaded (%2), so the local database and the sandbox cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store module is not installed (looked for %1), so the local database and the sandbox cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::InsightsCommand</name>
    <message>
        <source>Use: insights export --metrics A,B [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--period day|week|days_28] [--format csv|json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one metric with --metrics, for example --metrics %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be day, week or days_28, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since (%1) must be before --until (%2); until is exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph keeps insights for two years and counts only complete days: exporting %1 to %2 (until exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::LabelsCommand</name>
    <message>
        <source>Use: labels bulk label|unlabel LABEL_ID PSID_FILE (- reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs failed; see &quot;failures&quot; in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs may have been applied (&quot;unknown&quot; in the report): Graph may have applied this; check before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a PSID (a PSID is digits only): &quot;%3&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate PSID(s) in the list were dropped.</source>
        <translation>
            <numerusform>%n duplicate PSID in the list was dropped.</numerusform>
            <numerusform>%n duplicate PSIDs in the list were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::OpsCommand</name>
    <message>
        <source>ops takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::ProfileCommand</name>
    <message>
        <source>The profile file %1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Messenger profile field; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be applied on this page&apos;s Graph version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 profile fields to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run] [--prune].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --prune go with profile apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is empty; applying it would clear every field of the page. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2. Nothing was sent; pass --prune to clear them.</source>
        <translation>
            <numerusform>%1 would clear %n field the page has: %2. Nothing was sent; pass --prune to clear it.</numerusform>
            <numerusform>%1 would clear %n fields the page has: %2. Nothing was sent; pass --prune to clear them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2; apply needs --prune for that.</source>
        <translation>
            <numerusform>%1 would clear %n field the page has: %2; apply needs --prune for that.</numerusform>
            <numerusform>%1 would clear %n fields the page has: %2; apply needs --prune for that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::SandboxCommand</name>
    <message>
        <source>--port expects a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalGraph could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contacts expects a number of people per page from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::AttachmentShelf</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days old; expired %2 days ago, Graph no longer knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days old; expires in %2 days (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::BoundedFileReader</name>
    <message>
        <source>a call input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a menu file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PSID list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is longer than %3 bytes, the limit for one line of a PSID list; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 PSIDs, the limit for one PSID list; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastBook</name>
    <message>
        <source>Broadcast %1 is being sent by another window or command right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast could not be stored in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no broadcast %1 for this Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the journal marked none of %n person(s) as sending</source>
        <translation>
            <numerusform>the journal marked none of %n person as sending</numerusform>
            <numerusform>the journal marked none of %n people as sending</numerusform>
        </translation>
    </message>
    <message>
        <source>a result could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broadcast&apos;s state could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastRunner</name>
    <message>
        <source>no row could be marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast journal could not be written (%1); nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::CallCommandLines</name>
    <message>
        <source>The request of %1 has no URL to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ConversationSync</name>
    <message>
        <source>The local store could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conversations failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Page&apos;s conversations, newest first...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations read, %2 new or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync done: %1 conversations read, %2 new or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; what was read is kept and the next sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1 What was read is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::DraftStore</name>
    <message>
        <source>The draft folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::Eligibility</name>
    <message>
        <source>%n can be reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (the most recent closed at %1; a window reopens when the person writes again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (they never wrote to the Page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n unknown to the app (no conversation synced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventJsonLines</name>
    <message>
        <source>The event log could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventLogModel</name>
    <message>
        <source>Page %1 of app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from the local database</source>
        <translation>
            <numerusform>%n event from the local database</numerusform>
            <numerusform>%n events from the local database</numerusform>
        </translation>
    </message>
    <message>
        <source>Events since this window opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of earlier runs of Messenger Desk and of the command line, kept in the local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::GraphFailureText</name>
    <message>
        <source>The app or the Page lacks a permission for this, so Graph refused it; trying again will not help until the permission is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused a value as invalid; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not answer in time; nothing was changed by a read, so you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer came after the request left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page token is invalid or expired; add a new one in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit was reached; nothing was done, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph had a problem of its own; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is no longer served on this Graph version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was refused before sending; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled before the file left; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph may have kept the file; no attachment id came back, so upload it again if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::InputCheck</name>
    <message>
        <source>There is no operation called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::LabelCallRecorder</name>
    <message>
        <source>The label index could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::MenuModel</name>
    <message>
        <source>Add the %1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn typing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn typing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 menu to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (typing turned off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::MessagingPolicy</name>
    <message>
        <source>The tag %1 was retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 does not exist; only HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT is for a person answering one person; it cannot go to %1 people at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag goes with the messaging type MESSAGE_TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast uses the messaging type UPDATE (inside the 24-hour window) or MESSAGE_TAG with HUMAN_AGENT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::OneRecipient</name>
    <message>
        <source>PSID (a person who wrote to the Page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_ref (checkbox or chat plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (customer matching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post (private reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (private reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring notification token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time notification token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, e.g. 2460000000000017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International format, e.g. +4930123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id such as 123_456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token or reference as your plugin gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the recipient is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PSID is digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number starts with + and the country code, then 7 to 15 digits in all, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post or comment id is digits, or two numbers joined by _ (123_456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name goes only with a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE_TAG needs a tag; only HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag goes only with the messaging type MESSAGE_TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tag HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT is a person&apos;s reply to someone who wrote to the Page: it needs a PSID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private reply to a post or comment goes as RESPONSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTILITY sends an approved Page message template: choose a button or generic template (open beta, US, VN, TH and PH only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a messaging type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::PageListModel</name>
    <message>
        <source>%1 (app %2) uses Graph API %3 on the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app %2) uses Graph API %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox app %1, Graph API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1, Graph API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Page %2) is a sandbox Page: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Page %2) of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileCopyJob</name>
    <message>
        <source>Copying was cancelled before this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileDraft</name>
    <message>
        <source>%1 is not a Messenger profile field that Graph API %2 serves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileFieldAccess</name>
    <message>
        <source>The feature review could not be read, so %1 stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which the Page has not asked for in its feature review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which is %3 in the Page&apos;s feature review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileReader</name>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile field is allowed for this Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReplyWindow</name>
    <message>
        <source>The 24-hour window is open for %1 more: the reply goes as RESPONSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Only a person&apos;s own reply can go out, tagged HUMAN_AGENT, for %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person blocked the Page or left Messenger (551): nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message from this person is known, so no window is open: nothing can be sent until they write to the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person last wrote %1 ago, more than 7 days: nothing can be sent until they write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReportTableModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows no conversation with this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast was cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while the request was out; it may have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(code %1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[fbtrace_id %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::SendVerdict</name>
    <message>
        <source>The request left but no usable answer came; the message may have arrived, so it is not sent again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::SingleSend</name>
    <message>
        <source>The message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::SpoolIntake</name>
    <message numerus="yes">
        <source>%n event(s) waiting in %1 could not be written to the local database; they wait for the next try: %2</source>
        <translation>
            <numerusform>%n event waiting in %1 could not be written to the local database; it waits for the next try: %2</numerusform>
            <numerusform>%n events waiting in %1 could not be written to the local database; they wait for the next try: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were not whole events and were left out.</source>
        <translation>
            <numerusform>%n line of %1 was not a whole event and was left out.</numerusform>
            <numerusform>%n lines of %1 were not whole events and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::models::ThreadListModel</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID %1, conversation %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::store::Database</name>
    <message>
        <source>SQLite found damage in the local database %1. The next start checks the whole file and moves it aside if it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the local database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 is damaged and could not be moved aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 was damaged and moved to %2; a new one was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 was made by a newer version of Messenger Desk (schema %2; this version knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventJournal</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to the local database: %1</source>
        <translation>
            <numerusform>%n event could not be written to the local database: %1</numerusform>
            <numerusform>%n events could not be written to the local database: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventSpool</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to %1, where the local database takes them from: %2</source>
        <translation>
            <numerusform>%n event could not be written to %1, where the local database takes it from: %2</numerusform>
            <numerusform>%n events could not be written to %1, where the local database takes them from: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events waiting in %1 could not be taken into the local database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured apps and Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Facebook app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger Desk works through the Facebook app your Pages use. Add the app with its ID and secret (developers.facebook.com, App settings &gt; Basic), then add its Pages with their Page access tokens, or import them all at once with a user access token.

Tokens and secrets are kept in the system keychain and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Page %1? Its token is deleted from the keychain; the Page itself on Facebook is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove App</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the app %1 and its %n Page(s)? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</source>
        <translation>
            <numerusform>Remove the app %1 and its %n Page? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</numerusform>
            <numerusform>Remove the app %1 and its %n Pages? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AppEditor</name>
    <message>
        <source>&amp;Save App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 581230947716201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for Facebook. Plain http is accepted only for this computer (a sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; otherwise APP_ID|SECRET is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID and secret are on developers.facebook.com under App settings &gt; Basic. Secrets go to the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for appsecret_proof and the app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID is missing or has characters an app ID cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version; write it like v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL must use https; plain http is accepted only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app with the ID %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was saved, but a secret was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AttachmentsForm</name>
    <message>
        <source>Upload a file or a URL once and send it to many people by its attachment id. Graph keeps reusable ids for 90 days; files may be at most 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or an https:// URL Graph fetches the file from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a reusable attachment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;pload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusable attachment ids of this Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded; Graph gave no reusable id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2; the id is kept for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2, but the local store could not keep the id: note it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open, so no attachment ids are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reusable attachment ids yet: an upload here or in Labels &amp; Broadcasts keeps its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reusable attachment id(s) kept for this Page.</source>
        <translation>
            <numerusform>%n reusable attachment id kept for this Page.</numerusform>
            <numerusform>%n reusable attachment ids kept for this Page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePanel</name>
    <message>
        <source>New conversations per day (first seen by this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reachable at the end of each day (window open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging windows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety: blocked and reported conversations per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not available, so the app has no record of the people this Page talked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people known to this app; %2 unavailable (they blocked the Page or left); %3 blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows nobody this Page talked to yet: sync the conversations or import PSIDs in Labels &amp; Broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reachable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % open, %2 % closing within 6 hours, %3 % closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label index could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows no label of this Page yet: labels appear once they are listed, created or used from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph has no blocked, reported or new conversations for the last %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Graph for the last %1 weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked or reported per 100 new conversations over %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was reachable at the end of these days: a person can be reached for 24 hours after writing to the Page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePicker</name>
    <message>
        <source>People with any of these labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone whose 24-hour window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIDs (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIDs of the audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n known member)</numerusform>
            <numerusform>%1 (%n known members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not a PSID: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::BroadcastsTab</name>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; was due while the app was closed. Send it now? Each person&apos;s window is checked again before their message leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed while the app was closed; not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels &amp; Broadcasts needs the local store, which could not be opened. The message at the top of the window says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ChartExplainer</name>
    <message>
        <source>This Page cannot read its insights: Graph says &quot;%1&quot;. Reading insights needs the ANALYZE task on the Page and the read_insights permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s token is no longer valid: Graph says &quot;%1&quot;. Add the Page again in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph does not know this metric for the Page: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph could not give these values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph keeps insights for two years; %1 to %2 is older than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger insights metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Graph for these days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph has no values for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % against the previous %2 days (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values to compare in the previous %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ComposePanel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID for the test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check who can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE (inside the 24-hour window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT (a person answering, within 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (again to the failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (windows reopened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 once; its attachment id is kept for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment id came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your own PSID to see the message as people will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this audience can be reached now; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n person(s) now?</source>
        <translation>
            <numerusform>Send &quot;%1&quot; to %n person now?</numerusform>
            <numerusform>Send &quot;%1&quot; to %n people now?</numerusform>
        </translation>
    </message>
    <message>
        <source>The broadcast could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future to schedule a broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1. It runs while the app is open; each window is checked again at send time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another broadcast is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending &quot;%1&quot; to %n person(s)...</source>
        <translation>
            <numerusform>Sending &quot;%1&quot; to %n person...</numerusform>
            <numerusform>Sending &quot;%1&quot; to %n people...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, about %3 s left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the requests out come back; nothing new leaves until Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the people not reached are marked skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test went to %1 (message id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not go out to %1: %2 (Graph said: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsPanel</name>
    <message>
        <source>Search by name or PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads of the Page, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be opened, so no threads can be kept; the window&apos;s message bar says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threads of this Page are known yet: sync the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 threads are shown; search to find the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsToolsTab</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tool; its form opens on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in NLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CopyToPagesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Profile to Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each page gets one call; all calls share one tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no other pages to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one page and one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying to %n page(s) under tx_id %1…</source>
        <translation>
            <numerusform>Copying to %n page under tx_id %1…</numerusform>
            <numerusform>Copying to %n pages under tx_id %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to every page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages failed; see the list (tx_id %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CountryPicker</name>
    <message>
        <source>Search countries by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EligibilityView</name>
    <message>
        <source>Who can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an audience and press Check to see who can be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be reached now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the 24-hour window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventDetailView</name>
    <message>
        <source>Request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_id %1 · attempt %2 · from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: this event was published when the call started. The answer is in the next event with the same tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event carries no answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventFilterBar</name>
    <message>
        <source>tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (failed or erred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command for this request; the token is written as $TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by This tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More event log actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the event as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; set TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Event Log Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events to keep (the oldest go first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Event &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FeatureReviewForm</name>
    <message>
        <source>Messaging features need Meta&apos;s review before a Page may use them; this is where each one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features and their review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph lists no messaging feature for this Page: none has been submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), as Graph answered just now.</source>
        <translation>
            <numerusform>%n feature, as Graph answered just now.</numerusform>
            <numerusform>%n features, as Graph answered just now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldConflictView</name>
    <message>
        <source>%1 changed on the page since you started editing. Pick the value to keep; Apply waits until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you typed; Apply will replace the page&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;Page&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what you typed and take the value the page has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: %1. On the page: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldSection</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::GreetingEditor</name>
    <message>
        <source>Add &amp;locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{user_first_name}}! How can we help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for a user named Alex Rivera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::HandoverPanel</name>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App to pass the thread to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Page&apos;s secondary receivers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note for the app that gets the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata is at most %1 characters; this is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps that can receive threads could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who owns the thread...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the thread could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing the thread to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the thread back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the owner for the thread...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner app was asked to pass the thread; it decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread was not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control was not requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner before: %1. Owner now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns this thread, and Graph lets only the owner pass it. Take control first, or request it from the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::HistoryPanel</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast yet: the ones you send or schedule are listed here, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts of the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume (pending people only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a broadcast above to see its result per person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::IceBreakerEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::InsightsPanel</name>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deprecated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (7 days up to each day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28 days (up to each day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One chart per metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics on one chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Graph for the last 3 days again; it revises them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from the local cache; Graph was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the cached days; asking Graph for the missing ones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Insights as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, previous %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::InsightsTab</name>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LabelsPanel</name>
    <message>
        <source>Custom labels of the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read from Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlabel them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many PSIDs at once (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSIDs to label or unlabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures of a run are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s labels, as Graph says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n known member)</numerusform>
            <numerusform>%1 (%n known members)</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels known yet: read them from Graph or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) read.</source>
        <translation>
            <numerusform>%n label read.</numerusform>
            <numerusform>%n labels read.</numerusform>
        </translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label name can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page already has a label named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1? %n known member(s) lose it; Graph cannot undo this.</source>
        <translation>
            <numerusform>Delete the label %1? %n known member loses it; Graph cannot undo this.</numerusform>
            <numerusform>Delete the label %1? %n known members lose it; Graph cannot undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no PSIDs to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 unlabelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed; see the list.</source>
        <translation>
            <numerusform>%n failed; see the list.</numerusform>
            <numerusform>%n failed; see the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries no custom label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a PSID (a PSID is digits only): &quot;%2&quot;; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repeated PSID(s) left out.</source>
        <translation>
            <numerusform>%n repeated PSID left out.</numerusform>
            <numerusform>%n repeated PSIDs left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LegacyBroadcastPanel</name>
    <message>
        <source>Legacy Broadcast API (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta deprecated the Broadcast API with v4.0 on 2019-07-29 and switched it off on all versions on 2020-01-15. It is here for servers that still serve it; Send now above is the way that works today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom label id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create creative and broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of the legacy call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the custom label id the broadcast goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MainWindow</name>
    <message>
        <source>Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Messenger Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Messenger Desk and of the Graph API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages, compose broadcasts and review insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Graph API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a JSON file into the draft of the current tab (or of the Profile tab); nothing is sent until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft of the current tab (or of the Profile tab) as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current Page&apos;s Messenger setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Real Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Facebook app and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some secrets could not be read, so the Pages that need them cannot be used until this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved to Graph API %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses Graph API %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuItemForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Messenger extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postback (sends a payload to the bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (opens a web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submenu (before v8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webview height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuPreview</name>
    <message>
        <source>Menu preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing is turned off; use the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa   ☰ Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This locale has no menu items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuTab</name>
    <message>
        <source>Turn typing off for this locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Submenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Get Started Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent menu needs the Get Started button, and this page has none; Graph would refuse the menu (#100, subcode 2018145).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu items by locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to copy the menu to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Menu To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a locale&apos;s menu and a supported locale to copy it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was reverted to what the page has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched the menu from the page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the menu failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Applied: Graph accepted %n request under tx_id %1.</numerusform>
            <numerusform>Applied: Graph accepted %n requests under tx_id %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the menu; your draft is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved menu from an earlier session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whitelisted domain of this page, so Messenger extensions will not work there. &lt;a href=&quot;profile&quot;&gt;Whitelist it in the Profile tab&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the item&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the menu to the page in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the items marked in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a get started button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Get Started button with the payload GET_STARTED is in the draft; it is sent with the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not parse: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no persistent menu: give a list of per-locale menus, or an object with &quot;persistent_menu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was imported; it follows every rule of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The menu was imported with %n problem(s), marked in the tree:
%1</source>
        <translation>
            <numerusform>The menu was imported with %n problem, marked in the tree:
%1</numerusform>
            <numerusform>The menu was imported with %n problems, marked in the tree:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The menu could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the menu to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Menu JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet: Fetch from Page loads the menu this page has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageComposer</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic template (cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional persona id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message people will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;file to upload...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text above the buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button (Title | link, +phone or payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick replies (up to 13, titles up to 20 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessagePreview</name>
    <message>
        <source>uploaded attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessengerCodeForm</name>
    <message>
        <source>Deprecated since %1: %2 The form stays for servers that still serve it; graph.facebook.com answers with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: up to 250 of a-z A-Z 0-9 + / = - . : _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s link to the code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph gave no link to an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was created, but its image could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is ready: %1 x %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no code to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Messenger code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MetricChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::NlpForm</name>
    <message>
        <source>Detect entities in incoming messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NLP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Page&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wit.ai server access token, for the CUSTOM model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more detail to each entity (verbose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best guesses per entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CUSTOM model needs the Wit.ai server access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the NLP settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in NLP is on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in NLP is off for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger&apos;s built-in NLP tags each incoming message with the entities it finds (greetings, dates, locations...). Apply sends every field set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back, and this app has sent none for this Page yet: the fields show defaults, not the Page&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back: the fields show what this app last sent for this Page on %1, which may not be what the Page has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom token is never kept; type it again to apply the CUSTOM model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::OverviewTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this Page shows in Messenger right now, as Graph reports it. Nothing here changes the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Page&apos;s Messenger profile again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the event log by this call&apos;s tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messenger profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Messenger profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1 (tx_id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading failed at %1 (tx_id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not served on Graph API %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageEditor</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 104729384756101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Graph whether the token is valid, what it may do and when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Page access token comes from the Graph API Explorer or from Import Pages. It goes to the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app this Page belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page ID is missing or has characters a Page ID cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app already has a Page with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new Page needs its Page access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page was not saved because its token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was stored, but the Page could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageImportPanel</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Selected Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user access token with pages_show_list lists the Pages you manage, each with its own Page token. The user token is used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app the Pages should belong to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a user access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pages could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), already added; adding it again replaces its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph lists no Pages with a Page token for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n Page(s). Choose the ones to add.</source>
        <translation>
            <numerusform>Found %n Page. Choose the ones to add.</numerusform>
            <numerusform>Found %n Pages. Choose the ones to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s) added; the others were not, because their tokens could not be stored: %1</source>
        <translation>
            <numerusform>%n Page added; the others were not, because their tokens could not be stored: %1</numerusform>
            <numerusform>%n Pages added; the others were not, because their tokens could not be stored: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No Page was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n Page(s).</source>
        <translation>
            <numerusform>Added %n Page.</numerusform>
            <numerusform>Added %n Pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListDelegate</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListPanel</name>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your apps and their Pages. Choose a Page to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageWorkspace</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Page lives in the local sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page ID %1 · App %2 (%3) · Graph API %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels &amp;&amp; Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &amp;&amp; Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations &amp;&amp; Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Graph API %1 for every Page of %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PeoplePanel</name>
    <message>
        <source>Filter by name or PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people with this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PSIDs from a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste PSIDs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PSIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste PSIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PSID a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows nobody of this Page yet: sync the conversations or import PSIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSIDs could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PSID(s) read: %1 new, %2 already known.</source>
        <translation>
            <numerusform>%n PSID read: %1 new, %2 already known.</numerusform>
            <numerusform>%n PSIDs read: %1 new, %2 already known.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not PSIDs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PersonasForm</name>
    <message>
        <source>Personas of the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete persona...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name people see, e.g. Anna from Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/anna.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picture URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is at most %1 characters; this is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona needs a picture: its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture must be a web address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https://: Messenger loads the picture over a secure connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the personas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personas could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page has no personas: replies go out in the Page&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the persona %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona %1 was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona %1 was created (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the persona %1 (id %2)? Replies can no longer be sent as %1; messages already sent as %1 stay as they are. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the persona %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona %1 was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persona %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PlannedTab</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Profile tab will edit what people see before and when they start a conversation. You fetch the Page&apos;s profile, edit a draft with instant checks, review the exact request and apply it in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Menu tab will edit the persistent menu, per locale, with a preview of what Messenger shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Labels &amp; Broadcasts tab will manage custom labels and the people who carry them, and compose broadcasts by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience &amp; Insights tab will chart the Page&apos;s messaging insights and show who the bot is offered to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Conversations &amp; Tools tab will gather the one-off operations of the Messenger Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting text per locale, with the user name placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Get Started button and its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers: up to four questions people can tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains, account linking URL and home URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings and target audience, where Graph still serves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts that autosave, a diff before applying, and revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postback and web URL items, up to 20 per locale since Graph v8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested menus for apps that still use a Graph version before v8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch that disables the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus for single people (custom user settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and delete custom labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label and unlabel thousands of people from a list of PSIDs, in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message creatives, broadcasts and reach estimates, marked as deprecated by Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging insights over a date range, as charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience by country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of the Page&apos;s messaging feature review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover protocol: pass, take and request thread control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profiles and ID matching across apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages and upload reusable attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger codes, account unlinking, NLP settings and webhook subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileBreakdownView</name>
    <message>
        <source>&amp;Read profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Graph for the locale, timezone and gender the Page may read, for every person whose profile the app has not read yet (50 per request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Page&apos;s feature review which profile fields Graph gives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no connection to Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature review could not be read, so locale, timezone and gender stay hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles read from Graph: %1 of %2 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give those profile fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile read yet: press &quot;Read profiles&quot; to ask Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading profiles stopped after %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 profiles; the rest are read next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graph refused %n person(s), for example: %1</source>
        <translation>
            <numerusform>Graph refused %n person, for example: %1</numerusform>
            <numerusform>Graph refused %n people, for example: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store is not available, so profiles cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileSummary</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more locale(s)</source>
        <translation>
            <numerusform>%1 and %n more locale</numerusform>
            <numerusform>%1 and %n more locales</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the payload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n locale(s)</source>
        <translation>
            <numerusform>%1 in %n locale</numerusform>
            <numerusform>%1 in %n locales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; typing is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), starting with %1</source>
        <translation>
            <numerusform>%n question, starting with %1</numerusform>
            <numerusform>%n questions, starting with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileTab</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every profile field from the page in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft to the page in one call (two when fields are cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice Breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for testers (in_test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone except these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was reverted to what the page has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched the profile from the page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the profile failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Applied: Graph accepted %n request under tx_id %1.</numerusform>
            <numerusform>Applied: Graph accepted %n requests under tx_id %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the change; your draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft from an earlier session was restored. Review it, apply it, or revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet: fetch from the page to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft matches the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to set, %1 to clear.</source>
        <translation>
            <numerusform>%n field to set, %1 to clear.</numerusform>
            <numerusform>%n fields to set, %1 to clear.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the draft to the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a profile JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a Messenger profile field; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1 into the draft.</source>
        <translation>
            <numerusform>Imported %n field from %1 into the draft.</numerusform>
            <numerusform>Imported %n fields from %1 into the draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the draft to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on the page since you started editing; pick a value for each before applying.</source>
        <translation>
            <numerusform>%n field changed on the page since you started editing; pick a value for it before applying.</numerusform>
            <numerusform>%n fields changed on the page since you started editing; pick a value for each before applying.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RateLimitWaitIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the calls waiting for Graph&apos;s rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n calls wait)</source>
        <translation>
            <numerusform>%1 (%n call waits)</numerusform>
            <numerusform>%1 (%n calls wait)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n call(s) that waited for Graph&apos;s rate limit.</source>
        <translation>
            <numerusform>Cancelled %n call that waited for Graph&apos;s rate limit.</numerusform>
            <numerusform>Cancelled %n calls that waited for Graph&apos;s rate limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RawCallForm</name>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as C&amp;LI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command last copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command you copy shows here too; the token is a placeholder, never the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s answer shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation has this id; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, group %3. Keys: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deletes on %2: DELETE %3. Graph does not ask again and there is no undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReportView</name>
    <message>
        <source>Result per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again to the failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to those whose window reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast yet: the result per person shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 skipped, %3 failed, %4 unknown (may have arrived; never sent again by itself), %5 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReviewChangesDialog</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;new tx_id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that Apply will send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply sends %n request(s) under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</source>
        <translation>
            <numerusform>Apply sends %n request under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</numerusform>
            <numerusform>Apply sends %n requests under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the page since you started editing: %1. Pick your value or the page&apos;s for each in the tab; Apply waits until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply will clear %n field(s) the page has: %1.</source>
        <translation>
            <numerusform>Apply will clear %n field the page has: %1.</numerusform>
            <numerusform>Apply will clear %n fields the page has: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The page will no longer have them. Apply anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear and Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::SendMessageForm</name>
    <message>
        <source>Recipient and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSE: an answer within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE: news within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE_TAG: outside the window, with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTILITY: an approved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUMAN_AGENT: a person&apos;s reply within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE were retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular (sound and notification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent push (notification, no sound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message breaks %n rule(s); each is shown beside its part.</source>
        <translation>
            <numerusform>The message breaks %n rule; each is shown beside its part.</numerusform>
            <numerusform>The message breaks %n rules; each is shown beside its part.</numerusform>
        </translation>
    </message>
    <message>
        <source>As the local store knows this person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store knows no message from this PSID; Graph checks the window when the message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: message_id %1 to recipient_id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::StringListEditor</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ThreadView</name>
    <message>
        <source>Choose a thread on the left to read it and answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona to answer as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload &amp;personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person that someone is typing (typing_on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the person&apos;s messages as seen (mark_seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PSID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading messages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text: an attachment or a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This thread has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown; scroll up for older ones.</source>
        <translation>
            <numerusform>%n message shown; scroll up for older ones.</numerusform>
            <numerusform>%n messages shown; scroll up for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown: the whole thread.</source>
        <translation>
            <numerusform>%n message shown: the whole thread.</numerusform>
            <numerusform>%n messages shown: the whole thread.</numerusform>
        </translation>
    </message>
    <message>
        <source>No thread chosen: there is nobody to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was not sent; it is kept in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (message %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person sees that someone is typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s messages are marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be marked seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s personas could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (persona %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply; an upload or a message that already left may still reach Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The reply itself was not sent; it is kept in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the reply went out is unknown; it is kept in the box. Look at the thread before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::TokenCheckView</name>
    <message>
        <source>Type or paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Graph is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Graph about the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid Page token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid user token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid app token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ToolForm</name>
    <message>
        <source>Progress of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for Graph; a write that already left may still be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UnlinkAccountForm</name>
    <message>
        <source>Ends the link between a person&apos;s Messenger account and their account on your service (account linking). They can link again from your login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page-scoped id of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the account of %1 on %2? Their Messenger account is no longer linked to their account on your service, and your webhook gets an account_linking &quot;unlinked&quot; event. This cannot be undone here; only the person can link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlinked. Graph answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UsageIndicator</name>
    <message>
        <source>App usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of Graph&apos;s rate limit used, as Graph reported it with the last answer. Messenger Desk slows down above %1 % and waits when Graph refuses calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n request running</numerusform>
            <numerusform>%n requests running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the app&apos;s limit used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the Page&apos;s limit used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserLookupForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page-scoped id (PSID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only this app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-scoped id (ASID), for the Pages side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only this Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs in other &amp;apps (from the PSID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs in other Pa&amp;ges (from the ASID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID matching sends appsecret_proof, made from the app&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale, timezone and gender need the Page&apos;s feature review; it is read when this form opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID matching requires appsecret_proof, and this app has no secret configured: add the app secret in Accounts. Nothing is sent until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every profile field is approved for this Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no label of this Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching ids...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the app %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other app knows this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the Page %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other Page knows this person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserMenuPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give This User the Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Page Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID of one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu for one user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 now sees the menu being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 sees the page&apos;s menu again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no menu of their own; they see the page&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has their own menu: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WebhooksForm</name>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields this app gets events for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe with these fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the subscriptions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app is subscribed to this Page&apos;s webhooks: your server gets no events from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed apps:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app now gets these events of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe this app from %1&apos;s webhooks? Your server stops getting messages, postbacks and every other event of the Page until you subscribe again; people&apos;s messages are not answered by your bot meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app no longer gets webhook events of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app of yours is subscribed now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceArea</name>
    <message>
        <source>Welcome to Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Page in the page list to see its tabs: Overview, Profile, Menu, Labels &amp; Broadcasts, Audience &amp; Insights, and Conversations &amp; Tools. The event log at the bottom shows every Graph API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

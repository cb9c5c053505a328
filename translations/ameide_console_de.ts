<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiCall</name>
    <message>
        <source>Not connected to a platform.</source>
        <translation>Nicht mit einer Plattform verbunden.</translation>
    </message>
</context>
<context>
    <name>BulkRetryJobApi</name>
    <message>
        <source>Canary: %1 of %2 retries started</source>
        <translation>Canary: %1 von %2 Wiederholungen gestartet</translation>
    </message>
    <message>
        <source>Canary: %1 of %2 retries ended; the rest waits for them</source>
        <translation>Canary: %1 von %2 Wiederholungen beendet; der Rest wartet auf sie</translation>
    </message>
    <message>
        <source>Canary passed (%1 of %2 failed again the same way); the rest</source>
        <translation>Canary bestanden (%1 von %2 erneut auf dieselbe Weise fehlgeschlagen); jetzt der Rest</translation>
    </message>
    <message>
        <source>%1 of %2 canary retries failed again the same way, more than the %3% allowed.</source>
        <translation>%1 von %2 Canary-Wiederholungen sind erneut auf dieselbe Weise fehlgeschlagen, mehr als die erlaubten %3&#xa0;%.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were not retried. Resume the job to retry them anyway, or stop it.</source>
        <translation>
            <numerusform>%n Lauf wurde nicht wiederholt. Setzen Sie den Auftrag fort, um ihn trotzdem zu wiederholen, oder stoppen Sie ihn.</numerusform>
            <numerusform>%n Läufe wurden nicht wiederholt. Setzen Sie den Auftrag fort, um sie trotzdem zu wiederholen, oder stoppen Sie ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recovered: a later attempt completed</source>
        <translation>
            <numerusform>%n bereits behoben: ein späterer Versuch wurde abgeschlossen</numerusform>
            <numerusform>%n bereits behoben: ein späterer Versuch wurde abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s): a later attempt of the same chain failed too, and only that one is retried</source>
        <translation>
            <numerusform>%n früherer Versuch: ein späterer Versuch derselben Kette ist ebenfalls fehlgeschlagen, und nur dieser wird wiederholt</numerusform>
            <numerusform>%n frühere Versuche: ein späterer Versuch derselben Kette ist ebenfalls fehlgeschlagen, und nur dieser wird wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a later attempt still pending or running</source>
        <translation>
            <numerusform>%n mit einem späteren Versuch, der noch wartet oder läuft</numerusform>
            <numerusform>%n mit einem späteren Versuch, der noch wartet oder läuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended, or no longer there</source>
        <translation>
            <numerusform>%n bereits beendet oder nicht mehr vorhanden</numerusform>
            <numerusform>%n bereits beendet oder nicht mehr vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not failed, or no longer there</source>
        <translation>
            <numerusform>%n nicht fehlgeschlagen oder nicht mehr vorhanden</numerusform>
            <numerusform>%n nicht fehlgeschlagen oder nicht mehr vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel of the pending and running runs matching: %1</source>
        <translation>Abbruch der wartenden und laufenden Läufe für: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel of %n selected run(s)</source>
        <translation>
            <numerusform>Abbruch von %n ausgewähltem Lauf</numerusform>
            <numerusform>Abbruch von %n ausgewählten Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry of all failed runs matching: %1</source>
        <translation>Wiederholung aller fehlgeschlagenen Läufe für: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry of %n selected run(s)</source>
        <translation>
            <numerusform>Wiederholung von %n ausgewähltem Lauf</numerusform>
            <numerusform>Wiederholung von %n ausgewählten Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: “%1”.</source>
        <translation>Zum Beispiel: „%1“.</translation>
    </message>
</context>
<context>
    <name>ChannelFactory</name>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Plaintext connections are allowed only to this computer; turn on TLS for %1.</source>
        <translation>Unverschlüsselte Verbindungen sind nur zu diesem Computer erlaubt; schalten Sie TLS für %1 ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The endpoint must be host:port, for example platform.example.com:443.</source>
        <translation>Der Endpunkt muss die Form Host:Port haben, zum Beispiel platform.example.com:443.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The tenant id is required and may contain only letters, digits and - _ . :</source>
        <translation>Die Mandanten-ID ist erforderlich und darf nur Buchstaben, Ziffern und - _ . : enthalten</translation>
    </message>
    <message>
        <source>Without TLS the console connects only to this computer (localhost); turn TLS on.</source>
        <translation>Ohne TLS verbindet sich die Konsole nur mit diesem Computer (localhost); schalten Sie TLS ein.</translation>
    </message>
    <message>
        <source>The CA file cannot be read.</source>
        <translation>Die CA-Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>JsonStruct</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This escape sequence is not valid in JSON; write a backslash as \\.</source>
        <translation>Diese Escape-Sequenz ist in JSON nicht gültig; schreiben Sie einen Backslash als \\.</translation>
    </message>
    <message>
        <source>A string has a line break or control character in it: is its closing quote missing? Inside a string, write a line break as \n.</source>
        <translation>Eine Zeichenkette enthält einen Zeilenumbruch oder ein Steuerzeichen: Fehlt ihr schließendes Anführungszeichen? Innerhalb einer Zeichenkette schreiben Sie einen Zeilenumbruch als \n.</translation>
    </message>
    <message>
        <source>Objects and arrays are nested more than %1 deep.</source>
        <translation>Objekte und Arrays sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>JSON has no NaN or Infinity; write a number, a string or null.</source>
        <translation>JSON kennt weder NaN noch Infinity; schreiben Sie eine Zahl, eine Zeichenkette oder null.</translation>
    </message>
    <message>
        <source>Expected a comma or a &quot;}&quot; here, or a name in double quotes.</source>
        <translation>Hier wird ein Komma oder „}“ erwartet, oder ein Name in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>Expected a &quot;:&quot; after the name.</source>
        <translation>Nach dem Namen wird ein „:“ erwartet.</translation>
    </message>
    <message>
        <source>Expected a comma or a &quot;]&quot; here.</source>
        <translation>Hier wird ein Komma oder „]“ erwartet.</translation>
    </message>
    <message>
        <source>Expected a comma between two values.</source>
        <translation>Zwischen zwei Werten wird ein Komma erwartet.</translation>
    </message>
    <message>
        <source>Expected a value here; is there a comma too many?</source>
        <translation>Hier wird ein Wert erwartet; ist ein Komma zu viel?</translation>
    </message>
    <message>
        <source>This is not a JSON value. Strings need double quotes; true, false and null are written in lower case.</source>
        <translation>Das ist kein JSON-Wert. Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>The text ends in the middle of a number.</source>
        <translation>Der Text endet mitten in einer Zahl.</translation>
    </message>
    <message>
        <source>This number is not valid JSON or is too large.</source>
        <translation>Diese Zahl ist kein gültiges JSON oder ist zu groß.</translation>
    </message>
    <message>
        <source>This escape sequence is not valid in JSON.</source>
        <translation>Diese Escape-Sequenz ist in JSON nicht gültig.</translation>
    </message>
    <message>
        <source>This text is not valid UTF-8.</source>
        <translation>Dieser Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>A string is not closed; a &quot; is missing.</source>
        <translation>Eine Zeichenkette ist nicht geschlossen; ein &quot; fehlt.</translation>
    </message>
    <message>
        <source>The JSON is larger than %1 KiB.</source>
        <translation>Das JSON ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>There is more text after the end of the object.</source>
        <translation>Nach dem Ende des Objekts folgt weiterer Text.</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>Das ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The JSON is larger than %1 KiB; the platform takes no more.</source>
        <translation>Das JSON ist größer als %1 KiB; mehr nimmt die Plattform nicht an.</translation>
    </message>
    <message>
        <source>There is no JSON; write an object such as {}.</source>
        <translation>Es gibt kein JSON; schreiben Sie ein Objekt wie {}.</translation>
    </message>
    <message>
        <source>The input must be a JSON object, in { and }.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein, in { und }.</translation>
    </message>
    <message>
        <source>The text ends before every object and array is closed; a &quot;}&quot; or &quot;]&quot; is missing.</source>
        <translation>Der Text endet, bevor alle Objekte und Arrays geschlossen sind; ein „}“ oder „]“ fehlt.</translation>
    </message>
    <message>
        <source>This JSON is %1 KiB when sent, more than the %2 KiB the platform takes.</source>
        <translation>Dieses JSON ist beim Senden %1 KiB groß, mehr als die %2 KiB, die die Plattform annimmt.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keychain is available, so the token was not stored anywhere. Start a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session and try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wurde das Token nirgends gespeichert. Starten Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist vielleicht gesperrt): %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be locked and waiting for a password prompt.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; er ist vielleicht gesperrt und wartet auf eine Passwortabfrage.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Local platform</source>
        <translation>Lokale Plattform</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Every step ended the same way in both runs; this run failed outside its steps: %1</source>
        <translation>Jeder Schritt endete in beiden Läufen gleich; dieser Lauf ist außerhalb seiner Schritte fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Every step ended the same way in both runs.</source>
        <translation>Jeder Schritt endete in beiden Läufen gleich.</translation>
    </message>
    <message>
        <source>Failed at step %1, which the good run (version %2) does not have.</source>
        <translation>Fehlgeschlagen bei Schritt %1, den der gute Lauf (Version %2) nicht hat.</translation>
    </message>
    <message>
        <source>Step %1 is only in this run (version %2); the good run (version %3) does not have it.</source>
        <translation>Schritt %1 gibt es nur in diesem Lauf (Version %2); der gute Lauf (Version %3) hat ihn nicht.</translation>
    </message>
    <message>
        <source>Step %1 is only in the good run (version %2); this run (version %3) does not have it.</source>
        <translation>Schritt %1 gibt es nur im guten Lauf (Version %2); dieser Lauf (Version %3) hat ihn nicht.</translation>
    </message>
    <message>
        <source>Failed at step %1; the good run completed it in %2.</source>
        <translation>Fehlgeschlagen bei Schritt %1; der gute Lauf hat ihn in %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Failed at step %1; the good run completed it.</source>
        <translation>Fehlgeschlagen bei Schritt %1; der gute Lauf hat ihn abgeschlossen.</translation>
    </message>
    <message>
        <source>Failed at step %1; in the good run it was %2.</source>
        <translation>Fehlgeschlagen bei Schritt %1; im guten Lauf war er %2.</translation>
    </message>
    <message>
        <source>Step %1 was %2 in this run and %3 in the good run.</source>
        <translation>Schritt %1 war in diesem Lauf %2 und im guten Lauf %3.</translation>
    </message>
    <message>
        <source>Both ran version %1.</source>
        <translation>Beide liefen mit Version %1.</translation>
    </message>
    <message>
        <source>Version %1 here, version %2 in the good run.</source>
        <translation>Hier Version %1, im guten Lauf Version %2.</translation>
    </message>
    <message>
        <source>This run took %1 until it failed; the good run took %2 (%3).</source>
        <translation>Dieser Lauf brauchte %1 bis zum Fehlschlag; der gute Lauf brauchte %2 (%3).</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>No such step</source>
        <translation>Kein solcher Schritt</translation>
    </message>
    <message>
        <source>Completed, %1</source>
        <translation>Abgeschlossen, %1</translation>
    </message>
    <message>
        <source>Failed after %1</source>
        <translation>Fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>In this run, not in the good run</source>
        <translation>In diesem Lauf, nicht im guten Lauf</translation>
    </message>
    <message>
        <source>In the good run, not in this run</source>
        <translation>Im guten Lauf, nicht in diesem Lauf</translation>
    </message>
    <message>
        <source>A different value in each run</source>
        <translation>In jedem Lauf ein anderer Wert</translation>
    </message>
    <message>
        <source>The same value in both runs</source>
        <translation>In beiden Läufen derselbe Wert</translation>
    </message>
    <message>
        <source>Not in this run</source>
        <translation>Nicht in diesem Lauf</translation>
    </message>
    <message>
        <source>Not in the good run</source>
        <translation>Nicht im guten Lauf</translation>
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
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>Good run</source>
        <translation>Guter Lauf</translation>
    </message>
    <message>
        <source>%1 (diverged here)</source>
        <translation>%1 (hier abgewichen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This run&apos;s time minus the good run&apos;s</source>
        <translation>Zeit dieses Laufs minus Zeit des guten Laufs</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>RunQuery</name>
    <message>
        <source>The query is longer than %1 characters; shorten it.</source>
        <translation>Die Abfrage ist länger als %1 Zeichen; kürzen Sie sie.</translation>
    </message>
    <message>
        <source>This quote is not closed; add a &quot; at the end of the value.</source>
        <translation>Dieses Anführungszeichen ist nicht geschlossen; setzen Sie ein &quot; an das Ende des Werts.</translation>
    </message>
    <message>
        <source>The quote after &quot;%1:&quot; is not closed; add a &quot; at the end of the value.</source>
        <translation>Das Anführungszeichen nach „%1:“ ist nicht geschlossen; setzen Sie ein &quot; an das Ende des Werts.</translation>
    </message>
    <message>
        <source>Put a space after the closing quote of &quot;%1:&quot;.</source>
        <translation>Setzen Sie ein Leerzeichen hinter das schließende Anführungszeichen von „%1:“.</translation>
    </message>
    <message>
        <source>A bare word &quot;%1&quot; is not a filter; did you mean %2?</source>
        <translation>Ein einzelnes Wort „%1“ ist kein Filter; meinten Sie %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice with different values; give it once.</source>
        <translation>„%1“ ist zweimal mit verschiedenen Werten angegeben; geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no filter name before the colon. Filters: %2.</source>
        <translation>„%1“ hat keinen Filternamen vor dem Doppelpunkt. Filter: %2.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1&quot;. Filters: %2.</source>
        <translation>Unbekannter Filter „%1“. Filter: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value after the colon.</source>
        <translation>„%1“ braucht einen Wert nach dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter Status „%1“. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>&quot;id&quot; needs at least 4 characters of the run id.</source>
        <translation>„id“ braucht mindestens 4 Zeichen der Lauf-ID.</translation>
    </message>
    <message>
        <source>&quot;since&quot; reaches back at most %1 days.</source>
        <translation>„since“ reicht höchstens %1 Tage zurück.</translation>
    </message>
    <message>
        <source>&quot;since&quot; needs a duration such as 15m, 24h or 7d, or &quot;today&quot;.</source>
        <translation>„since“ braucht eine Dauer wie 15m, 24h oder 7d, oder „today“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a date such as 2026-11-01 or a date and time such as 2026-11-20T10:00, in your time zone (%2) unless it ends in Z for UTC or an offset such as +01:00.</source>
        <translation>„%1“ braucht ein Datum wie 2026-11-01 oder Datum und Uhrzeit wie 2026-11-20T10:00 in Ihrer Zeitzone (%2), sofern der Wert nicht auf Z für UTC oder auf einen Versatz wie +01:00 endet.</translation>
    </message>
    <message>
        <source>&quot;after&quot; must be earlier than &quot;before&quot;.</source>
        <translation>„after“ muss vor „before“ liegen.</translation>
    </message>
    <message>
        <source>&quot;signature&quot; needs the 16 hexadecimal digits of a failure group&apos;s signature.</source>
        <translation>„signature“ braucht die 16 Hexadezimalziffern der Signatur einer Fehlergruppe.</translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot; for &quot;is&quot;. Use one of: recovered, unrecovered.</source>
        <translation>Unbekannter Wert „%1“ für „is“. Verwenden Sie einen von: recovered, unrecovered.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty item in its comma list.</source>
        <translation>„%1“ hat einen leeren Eintrag in seiner Kommaliste.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <extracomment>Follows &quot;in the last&quot;; always two or more.</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>Follows &quot;in the last&quot;; always two or more.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartende</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufende</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossene</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagene</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochene</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>since recovered</source>
        <translation>(inzwischen behoben)</translation>
    </message>
    <message>
        <source>not yet recovered</source>
        <translation>(noch nicht behoben)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>of definition %1</source>
        <translation>der Definition %1</translation>
    </message>
    <message>
        <source>for element %1</source>
        <translation>für Element %1</translation>
    </message>
    <message>
        <source>with an id starting %1</source>
        <translation>mit einer ID, die mit %1 beginnt</translation>
    </message>
    <message>
        <source>with failure signature %1</source>
        <translation>mit Fehlersignatur %1</translation>
    </message>
    <message>
        <source>started by bulk job %1</source>
        <translation>aus Sammelauftrag %1</translation>
    </message>
    <message>
        <source>created today</source>
        <translation>heute erstellt</translation>
    </message>
    <message>
        <source>in the last %1</source>
        <translation>in den letzten %1</translation>
    </message>
    <message>
        <source>created after %1</source>
        <translation>erstellt nach %1</translation>
    </message>
    <message>
        <source>created before %1</source>
        <translation>erstellt vor %1</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Failed · recovered</source>
        <translation>Fehlgeschlagen · behoben</translation>
    </message>
</context>
<context>
    <name>ServiceProbe</name>
    <message>
        <source>Answered.</source>
        <translation>Geantwortet.</translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Es besteht keine Verbindung.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: its certificate is not signed by a trusted authority or does not name this host. Check the profile&apos;s CA file and endpoint.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: Ihr Zertifikat ist nicht von einer vertrauenswürdigen Stelle signiert oder nennt diesen Host nicht. Prüfen Sie die CA-Datei und den Endpunkt des Profils.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check that it is running and that the address is right.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie, ob die Plattform läuft und die Adresse stimmt.</translation>
    </message>
    <message>
        <source>The platform does not offer this call: the gateway does not route the service to it.</source>
        <translation>Die Plattform bietet diesen Aufruf nicht an: Das Gateway leitet den Dienst nicht an sie weiter.</translation>
    </message>
    <message>
        <source>%1 is not routed by the gateway: the platform answers, but not for this service.</source>
        <translation>%1 wird vom Gateway nicht weitergeleitet: Die Plattform antwortet, aber nicht für diesen Dienst.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>The platform did not accept the token. Enter a new token for this profile.</source>
        <translation>Die Plattform hat das Token nicht akzeptiert. Geben Sie für dieses Profil ein neues Token ein.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. It may be overloaded or the network slow.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Vielleicht ist die Plattform überlastet oder das Netzwerk langsam.</translation>
    </message>
    <message>
        <source>The platform rejected the request as not valid.</source>
        <translation>Die Plattform hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The platform does not have what was asked for; it may have been deleted or belong to another tenant.</source>
        <translation>Die Plattform hat das Angefragte nicht; es wurde vielleicht gelöscht oder gehört zu einem anderen Mandanten.</translation>
    </message>
    <message>
        <source>The platform cannot do this in the current state.</source>
        <translation>Die Plattform kann das im aktuellen Zustand nicht tun.</translation>
    </message>
    <message>
        <source>The platform stopped the request because something else changed the same data; try again.</source>
        <translation>Die Plattform hat die Anfrage abgebrochen, weil gleichzeitig etwas anderes dieselben Daten geändert hat; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That already exists on the platform.</source>
        <translation>Das gibt es auf der Plattform bereits.</translation>
    </message>
    <message>
        <source>The platform is busy and refused the request; try again shortly.</source>
        <translation>Die Plattform ist ausgelastet und hat die Anfrage abgelehnt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The platform failed while handling the request (%1); its log says more.</source>
        <translation>Auf der Plattform ist bei der Bearbeitung der Anfrage ein Fehler aufgetreten (%1); Näheres steht in ihrem Protokoll.</translation>
    </message>
    <message>
        <source>The platform answered %1.</source>
        <translation>Die Plattform hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (The platform says: %2)</source>
        <extracomment>After the console&apos;s sentence about a failed call: the platform&apos;s own words, which are not translated.</extracomment>
        <translation>%1 (Meldung der Plattform: %2)</translation>
    </message>
    <message>
        <source>The TLS connection to the platform failed: its certificate is not signed by a trusted authority or does not name this host. Check the profile&apos;s CA file and endpoint.</source>
        <translation>Die TLS-Verbindung zur Plattform ist fehlgeschlagen: Ihr Zertifikat ist nicht von einer vertrauenswürdigen Stelle signiert oder nennt diesen Host nicht. Prüfen Sie die CA-Datei und den Endpunkt des Profils.</translation>
    </message>
    <message>
        <source>Cannot reach the platform. Check that it is running and that the address is right.</source>
        <translation>Die Plattform ist nicht erreichbar. Prüfen Sie, ob sie läuft und die Adresse stimmt.</translation>
    </message>
    <message>
        <source>The platform did not answer in time. It may be overloaded or the network slow.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet. Vielleicht ist sie überlastet oder das Netzwerk langsam.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A time and its zone, e.g. &quot;2026-12-02 07:41:51 CET&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::client::ConsoleSession</name>
    <message>
        <source>There is no profile %1.</source>
        <translation>Es gibt kein Profil %1.</translation>
    </message>
    <message>
        <source>Reading the token of %1 from the keychain…</source>
        <translation>Token von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No token is stored for this profile: enter one under Connection ▸ Profiles…</source>
        <translation>Für dieses Profil ist kein Token gespeichert: Geben Sie eines unter Verbindung ▸ Profile… ein</translation>
    </message>
    <message>
        <source>Seeding the local platform with the dogfooding data set (first start only)…</source>
        <translation>Die lokale Plattform wird mit dem Dogfooding-Datensatz befüllt (nur beim ersten Start)…</translation>
    </message>
    <message>
        <source>Starting the local platform…</source>
        <translation>Die lokale Plattform wird gestartet…</translation>
    </message>
    <message>
        <source>%1 The local platform&apos;s token is kept in memory for this session only.</source>
        <translation>%1 Das Token der lokalen Plattform wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost, retrying: %1</source>
        <translation>Verbindung verloren, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>The platform rejected the stored token: enter a new one under Connection ▸ Profiles…</source>
        <translation>Die Plattform hat das gespeicherte Token abgelehnt: Geben Sie unter Verbindung ▸ Profile… ein neues ein</translation>
    </message>
    <message>
        <source>The local platform profile cannot be deleted.</source>
        <translation>Das Profil der lokalen Plattform kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ameide::client::LocalPlatform</name>
    <message>
        <source>Seeding the local platform failed: %1</source>
        <translation>Das Befüllen der lokalen Plattform ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The local platform stopped (exit code %1): %2</source>
        <translation>Die lokale Plattform wurde beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The local platform could not be started from %1.</source>
        <translation>Die lokale Plattform konnte nicht aus %1 gestartet werden.</translation>
    </message>
    <message>
        <source>ameide-platformd was not found next to the console or on PATH.</source>
        <translation>ameide-platformd wurde weder neben der Konsole noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local platform did not start within %1 s.</source>
        <translation>Die lokale Plattform ist nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <source>A token for the local platform could not be created: %1</source>
        <translation>Für die lokale Plattform konnte kein Token erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ameide::models::DesktopNotifier</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bulk job completed</source>
        <translation>Sammelauftrag abgeschlossen</translation>
    </message>
    <message>
        <source>Bulk job stopped</source>
        <translation>Sammelauftrag gestoppt</translation>
    </message>
    <message>
        <source>Bulk job failed</source>
        <translation>Sammelauftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bulk job paused</source>
        <translation>Sammelauftrag pausiert</translation>
    </message>
    <message>
        <source>Bulk job ended</source>
        <translation>Sammelauftrag beendet</translation>
    </message>
    <message>
        <source>Bulk job %1</source>
        <translation>Sammelauftrag %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und noch %n</numerusform>
            <numerusform>und noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New failure in %1</source>
        <translation>Neuer Fehler in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure signatures</source>
        <translation>
            <numerusform>%n neue Fehlersignatur</numerusform>
            <numerusform>%n neue Fehlersignaturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk jobs ended</source>
        <translation>
            <numerusform>%n Sammelauftrag beendet</numerusform>
            <numerusform>%n Sammelaufträge beendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::models::DiagnosticsModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>ameide::models::FailureGroupModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>7-day trend: not reported</source>
        <translation>7-Tage-Trend: nicht gemeldet</translation>
    </message>
    <message>
        <source>7-day trend: %1</source>
        <translation>7-Tage-Trend: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 · due in %2</source>
        <translation>%1 · fällig in %2</translation>
    </message>
    <message>
        <source>%1 · overdue by %2</source>
        <translation>%1 · seit %2 überfällig</translation>
    </message>
    <message>
        <source># is a number</source>
        <translation># steht für eine Zahl</translation>
    </message>
    <message>
        <source>* is an id (hex or UUID)</source>
        <translation>* steht für eine ID (hexadezimal oder UUID)</translation>
    </message>
    <message>
        <source>&quot;…&quot; is quoted text</source>
        <translation>„…“ steht für zitierten Text</translation>
    </message>
    <message>
        <source>Placeholders: %1; runs that differ only there share the group.</source>
        <translation>Platzhalter: %1; Läufe, die sich nur dort unterscheiden, teilen sich die Gruppe.</translation>
    </message>
    <message>
        <source>New: first seen %1 (%2).</source>
        <translation>Neu: zuerst gesehen %1 (%2).</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>%1 (oldest day first; a day is 24 hours back from the last load)
Sorting by trend puts rising groups first: the failures of the last 24 hours minus the daily average of the 6 days before (here %2).</source>
        <translation>%1 (ältester Tag zuerst; ein Tag sind 24 Stunden zurück vom letzten Laden)
Das Sortieren nach Trend stellt steigende Gruppen nach vorn: die Fehlschläge der letzten 24 Stunden minus dem Tagesdurchschnitt der 6 Tage davor (hier %2).</translation>
    </message>
    <message>
        <source>Nobody has acknowledged this group (Acknowledge…, A).</source>
        <translation>Niemand hat diese Gruppe übernommen (Übernehmen…, A).</translation>
    </message>
    <message>
        <source>%1 is on it since %2.</source>
        <translation>%1 kümmert sich darum seit %2.</translation>
    </message>
    <message>
        <source>%1 is on it, since %2 (acknowledged by %3).</source>
        <translation>%1 kümmert sich darum seit %2 (eingetragen von %3).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>No remediation item yet (Remediation item…, M).</source>
        <translation>Noch keine Behebungsaufgabe (Behebungsaufgabe…, M).</translation>
    </message>
    <message>
        <source>Remediation item %1: %2</source>
        <translation>Behebungsaufgabe %1: %2</translation>
    </message>
    <message>
        <source>Remediation item %1: %2, due %3</source>
        <translation>Behebungsaufgabe %1: %2, fällig %3</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>The failed step, the error class and the message with its varying parts replaced</source>
        <translation>Der fehlgeschlagene Schritt, die Fehlerklasse und die Meldung, deren veränderliche Teile ersetzt sind</translation>
    </message>
    <message>
        <source>Failed runs per day over the last 7 days, oldest first. Sorting puts rising groups first: the last 24 hours minus the daily average of the 6 days before.</source>
        <translation>Fehlgeschlagene Läufe pro Tag in den letzten 7 Tagen, ältester zuerst. Das Sortieren stellt steigende Gruppen nach vorn: die letzten 24 Stunden minus dem Tagesdurchschnitt der 6 Tage davor.</translation>
    </message>
    <message>
        <source>Failed runs of the group in the filter&apos;s range</source>
        <translation>Fehlgeschlagene Läufe der Gruppe im Zeitraum des Filters</translation>
    </message>
    <message>
        <source>Failed runs no later attempt has recovered</source>
        <translation>Fehlgeschlagene Läufe, die kein späterer Versuch behoben hat</translation>
    </message>
    <message>
        <source>When the group last failed</source>
        <translation>Wann die Gruppe zuletzt fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Who is on it, and since when (Acknowledge…, A)</source>
        <translation>Wer sich darum kümmert, und seit wann (Übernehmen…, A)</translation>
    </message>
    <message>
        <source>The remediation item&apos;s state and when it is due</source>
        <translation>Zustand der Behebungsaufgabe und wann sie fällig ist</translation>
    </message>
    <message>
        <source>When the group first failed in the filter&apos;s range</source>
        <translation>Wann die Gruppe im Zeitraum des Filters zuerst fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The definitions whose runs failed this way</source>
        <translation>Die Definitionen, deren Läufe so fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Unrecovered</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ameide::models::JobListModel</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what a job does: its description</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ameide::models::JobModel</name>
    <message>
        <source>Waiting for the platform: %1</source>
        <translation>Warte auf die Plattform: %1</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunChainModel</name>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The run shown above</source>
        <translation>Der oben gezeigte Lauf</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this run</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um diesen Lauf zu öffnen</translation>
    </message>
    <message>
        <source>%1 (this run)</source>
        <translation>%1 (dieser Lauf)</translation>
    </message>
    <message>
        <source>%1, recovered</source>
        <translation>%1, behoben</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunComparisonModel</name>
    <message>
        <source>There is no connection to the platform.</source>
        <translation>Es besteht keine Verbindung zur Plattform.</translation>
    </message>
    <message>
        <source>Choose a failed run to compare it with the last good run of its definition.</source>
        <translation>Wählen Sie einen fehlgeschlagenen Lauf, um ihn mit dem letzten guten Lauf seiner Definition zu vergleichen.</translation>
    </message>
    <message>
        <source>This run is %1. Compare shows what differs between a failed run and the last completed run of its definition.</source>
        <translation>Der Status dieses Laufs ist „%1“. „Vergleichen“ zeigt, was einen fehlgeschlagenen Lauf vom letzten abgeschlossenen Lauf seiner Definition unterscheidet.</translation>
    </message>
    <message>
        <source>Looking for the last completed run of %1 before this one…</source>
        <translation>Der letzte abgeschlossene Lauf von %1 vor diesem wird gesucht…</translation>
    </message>
    <message>
        <source>No completed run of %1 was created before this run, so there is no good run to compare it with.</source>
        <translation>Vor diesem Lauf wurde kein abgeschlossener Lauf von %1 erstellt, daher gibt es keinen guten Lauf zum Vergleichen.</translation>
    </message>
    <message>
        <source>The last good run could not be loaded: %1</source>
        <translation>Der letzte gute Lauf konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunCsvExport</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export gestoppt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The connection was lost; nothing was written.</source>
        <translation>Die Verbindung ist verloren gegangen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunDetail</name>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>There is no connection to the platform.</source>
        <translation>Es besteht keine Verbindung zur Plattform.</translation>
    </message>
    <message>
        <source>Run not found</source>
        <translation>Lauf nicht gefunden</translation>
    </message>
    <message>
        <source>There is no run %1 in tenant %2. It may belong to another tenant, or the link may be mistyped.</source>
        <translation>Im Mandanten %2 gibt es keinen Lauf %1. Er gehört vielleicht zu einem anderen Mandanten, oder der Link ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>The run could not be refreshed: %1</source>
        <translation>Der Lauf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The run could not be loaded</source>
        <translation>Der Lauf konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunHistoryModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Update %1 of this run (platform sequence %2)</source>
        <translation>Aktualisierung %1 dieses Laufs (Plattform-Sequenz %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Run: %1; step %2: %3</source>
        <translation>Lauf: %1; Schritt %2: %3</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunListModel</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>%1
Error class: %2
Step: %3</source>
        <translation>%1
Fehlerklasse: %2
Schritt: %3</translation>
    </message>
    <message>
        <source>This run failed, and a later retry of it completed.</source>
        <translation>Dieser Lauf ist fehlgeschlagen, und eine spätere Wiederholung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Created %1; not started yet</source>
        <translation>Erstellt %1; noch nicht gestartet</translation>
    </message>
    <message>
        <source>Started %1
Created %2</source>
        <translation>Gestartet %1
Erstellt %2</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 of its retry chain: the run was retried %n time(s) before.</source>
        <translation>
            <numerusform>Versuch %1 seiner Wiederholungskette: Der Lauf wurde zuvor %n-mal wiederholt.</numerusform>
            <numerusform>Versuch %1 seiner Wiederholungskette: Der Lauf wurde zuvor %n-mal wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt 1: the first run of its chain.</source>
        <translation>Versuch 1: der erste Lauf seiner Kette.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>When the run started, relative to now. Click to sort by start time; the list&apos;s own order is newest created first.</source>
        <translation>Wann der Lauf gestartet ist, relativ zu jetzt. Klicken Sie, um nach Startzeit zu sortieren; die eigene Reihenfolge der Liste ist „zuletzt erstellt zuerst“.</translation>
    </message>
    <message>
        <source>The run&apos;s attempt in its retry chain: 1 is the first run, 2 its first retry.</source>
        <translation>Der Versuch des Laufs in seiner Wiederholungskette: 1 ist der erste Lauf, 2 seine erste Wiederholung.</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunLogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>(run)</source>
        <translation>(Lauf)</translation>
    </message>
    <message>
        <source>Written by the run, not by one of its steps</source>
        <translation>Vom Lauf geschrieben, nicht von einem seiner Schritte</translation>
    </message>
</context>
<context>
    <name>ameide::models::RunPermissions</name>
    <message>
        <source>Checking what your role may do…</source>
        <translation>Es wird geprüft, was Ihre Rolle darf…</translation>
    </message>
</context>
<context>
    <name>ameide::models::SavedViews</name>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Unrecovered failures</source>
        <translation>Nicht behobene Fehlschläge</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters.</source>
        <translation>Ein Ansichtsname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in view; choose another name.</source>
        <translation>„%1“ ist eine vordefinierte Ansicht; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ameide::views::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge failure group</source>
        <translation>Fehlergruppe übernehmen</translation>
    </message>
    <message>
        <source>Failure group</source>
        <translation>Fehlergruppe</translation>
    </message>
    <message>
        <source>Now on it: %1. A new acknowledgement replaces it; everyone in the tenant sees who is on it.</source>
        <translation>Zuständig ist jetzt: %1. Eine neue Übernahme ersetzt das; alle im Mandanten sehen, wer sich darum kümmert.</translation>
    </message>
    <message>
        <source>Say who is on this failure group; everyone in the tenant sees it.</source>
        <translation>Tragen Sie ein, wer sich um diese Fehlergruppe kümmert; alle im Mandanten sehen es.</translation>
    </message>
    <message>
        <source>Who is on it</source>
        <translation>Wer sich darum kümmert</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Me (leave empty)</source>
        <translation>Ich (leer lassen)</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you are doing about it (optional)</source>
        <translation>Was Sie dagegen unternehmen (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Aufheben</translation>
    </message>
    <message>
        <source>Clear acknowledgement</source>
        <translation>Übernahme aufheben</translation>
    </message>
    <message>
        <source>Nobody is on it any more</source>
        <translation>Niemand kümmert sich mehr darum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The assignee is too long (at most %1 bytes).</source>
        <translation>Der Name der zuständigen Person ist zu lang (höchstens %1 Bytes).</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 bytes).</source>
        <translation>Die Notiz ist zu lang (höchstens %1 Bytes).</translation>
    </message>
</context>
<context>
    <name>ameide::views::BulkCancelDialog</name>
    <message>
        <source>Bulk cancel</source>
        <translation>Sammelabbruch</translation>
    </message>
    <message>
        <source>Counting the runs to cancel…</source>
        <translation>Die abzubrechenden Läufe werden gezählt…</translation>
    </message>
    <message>
        <source>There is nothing to cancel: no pending or running runs match.</source>
        <translation>Es gibt nichts abzubrechen: Keine wartenden oder laufenden Läufe passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) have already ended.</source>
        <translation>
            <numerusform>%n ausgewählter Lauf ist bereits beendet.</numerusform>
            <numerusform>%n ausgewählte Läufe sind bereits beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending or running run(s) will be cancelled. Their running steps stop; this cannot be undone, but each can be retried afterwards.</source>
        <translation>
            <numerusform>%n wartender oder laufender Lauf wird abgebrochen. Seine laufenden Schritte stoppen; das lässt sich nicht rückgängig machen, aber er kann danach wiederholt werden.</numerusform>
            <numerusform>%n wartende oder laufende Läufe werden abgebrochen. Ihre laufenden Schritte stoppen; das lässt sich nicht rückgängig machen, aber jeder kann danach wiederholt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) have already ended and are left alone.</source>
        <translation>
            <numerusform>%n ausgewählter Lauf ist bereits beendet und bleibt unberührt.</numerusform>
            <numerusform>%n ausgewählte Läufe sind bereits beendet und bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled %1 of %2 (%3 had ended)…</source>
        <translation>%1 von %2 abgebrochen (%3 waren beendet)…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) cancelled</source>
        <translation>
            <numerusform>Fertig: %n Lauf abgebrochen</numerusform>
            <numerusform>Fertig: %n Läufe abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n had already ended</source>
        <translation>
            <numerusform>, %n war bereits beendet</numerusform>
            <numerusform>, %n waren bereits beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 s.</source>
        <translation>, in %1 s.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 runs were cancelled before the job was stopped; the rest were not touched.</source>
        <translation>Gestoppt: %1 von %2 Läufen wurden abgebrochen, bevor der Auftrag gestoppt wurde; der Rest blieb unberührt.</translation>
    </message>
    <message>
        <source>All pending and running runs matching: %1</source>
        <translation>Alle wartenden und laufenden Läufe für: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected run(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Lauf</numerusform>
            <numerusform>Die %n ausgewählten Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. bad deploy rolled back (shown in each run&apos;s history)</source>
        <translation>z. B. fehlerhaftes Deployment zurückgerollt (steht im Verlauf jedes Laufs)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Cancellations per second</source>
        <translation>Abbrüche pro Sekunde</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n run(s)</source>
        <translation>
            <numerusform>%n Lauf abbrechen</numerusform>
            <numerusform>%n Läufe abbrechen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::BulkRetryDialog</name>
    <message numerus="yes">
        <source>%n run(s) will be left alone:</source>
        <translation>
            <numerusform>%n Lauf bleibt unberührt:</numerusform>
            <numerusform>%n Läufe bleiben unberührt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk retry</source>
        <translation>Sammelwiederholung</translation>
    </message>
    <message>
        <source>Counting the runs to retry…</source>
        <translation>Die zu wiederholenden Läufe werden gezählt…</translation>
    </message>
    <message>
        <source>There is nothing to retry.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>No failed runs match.</source>
        <translation>Keine fehlgeschlagenen Läufe passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s) will be retried.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Lauf wird wiederholt.</numerusform>
            <numerusform>%n fehlgeschlagene Läufe werden wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1 of %2 (%3 skipped)…</source>
        <translation>%1 von %2 wiederholt (%3 übersprungen)…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) retried</source>
        <translation>
            <numerusform>Fertig: %n Lauf wiederholt</numerusform>
            <numerusform>Fertig: %n Läufe wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left alone</source>
        <translation>
            <numerusform>, %n unberührt</numerusform>
            <numerusform>, %n unberührt</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 s.</source>
        <translation>, in %1 s.</translation>
    </message>
    <message>
        <source>Show &amp;new runs</source>
        <translation>&amp;Neue Läufe zeigen</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 runs were retried before the job was stopped; the rest were not touched.</source>
        <translation>Gestoppt: %1 von %2 Läufen wurden wiederholt, bevor der Auftrag gestoppt wurde; der Rest blieb unberührt.</translation>
    </message>
    <message>
        <source>All failed runs matching: %1</source>
        <translation>Alle fehlgeschlagenen Läufe für: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected run(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Lauf</numerusform>
            <numerusform>Die %n ausgewählten Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Retries per second</source>
        <translation>Wiederholungen pro Sekunde</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>The platform starts at most this many retries a second, so a large retry does not swamp the workers.</source>
        <translation>Die Plattform startet höchstens so viele Wiederholungen pro Sekunde, damit eine große Wiederholung die Worker nicht überlastet.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Start each from its failed step</source>
        <translation>Jeden ab seinem fehlgeschlagenen Schritt starten</translation>
    </message>
    <message>
        <source>Also retry runs already recovered or retried since</source>
        <translation>Auch Läufe wiederholen, die inzwischen behoben oder wiederholt wurden</translation>
    </message>
    <message>
        <source>By default each retry chain is retried once, at its latest attempt, and only when that attempt failed and no later one is pending, running or completed. Check this to retry every failed run selected anyway.</source>
        <translation>Standardmäßig wird jede Wiederholungskette einmal wiederholt, bei ihrem letzten Versuch, und nur, wenn dieser fehlgeschlagen ist und kein späterer wartet, läuft oder abgeschlossen ist. Kreuzen Sie dies an, um trotzdem jeden ausgewählten fehlgeschlagenen Lauf zu wiederholen.</translation>
    </message>
    <message>
        <source>Canary first: retry</source>
        <translation>Zuerst als Canary wiederholen:</translation>
    </message>
    <message>
        <source>Canary first</source>
        <translation>Zuerst ein Canary</translation>
    </message>
    <message>
        <source>Retry a few runs first and wait until they end. If more of them than allowed fail again the same way, the job pauses and says why; nothing else is retried until you resume or stop it.</source>
        <translation>Zuerst einige Läufe wiederholen und warten, bis sie enden. Schlagen mehr von ihnen als erlaubt erneut auf dieselbe Weise fehl, pausiert der Auftrag und sagt, warum; nichts weiter wird wiederholt, bis Sie ihn fortsetzen oder stoppen.</translation>
    </message>
    <message>
        <source>Canary runs</source>
        <translation>Canary-Läufe</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>then pause if more than</source>
        <translation>dann pausieren, wenn mehr als</translation>
    </message>
    <message>
        <source>Canary failures allowed, in percent</source>
        <translation>Erlaubte Canary-Fehlschläge in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>fail again the same way</source>
        <translation>erneut gleich fehlschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n run(s)</source>
        <translation>
            <numerusform>%n Lauf wiederholen</numerusform>
            <numerusform>%n Läufe wiederholen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::DesktopNotifications</name>
    <message>
        <source>This desktop has no system tray, so the console cannot show notifications here.</source>
        <translation>Dieser Desktop hat keinen Systembereich (Tray), daher kann die Konsole hier keine Benachrichtigungen zeigen.</translation>
    </message>
    <message>
        <source>Ameide Console: notifies new failures and ended bulk jobs</source>
        <translation>Ameide Console: meldet neue Fehlschläge und beendete Sammelaufträge</translation>
    </message>
</context>
<context>
    <name>ameide::views::DiagnosticsDialog</name>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Co&amp;py report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Connection diagnostics</source>
        <translation>Verbindungsdiagnose</translation>
    </message>
    <message>
        <source>Service probes</source>
        <translation>Dienstprüfungen</translation>
    </message>
    <message>
        <source>One row per platform service: the result, its latency and what it means</source>
        <translation>Eine Zeile pro Plattformdienst: das Ergebnis, seine Latenz und was es bedeutet</translation>
    </message>
    <message>
        <source>Diagnostics status</source>
        <translation>Diagnosestatus</translation>
    </message>
    <message>
        <source>Run the probes again</source>
        <translation>Die Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>There is no connection to probe: the console has not connected yet.</source>
        <translation>Es gibt keine Verbindung zum Prüfen: Die Konsole hat sich noch nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no connection to probe: %1</source>
        <translation>Es gibt keine Verbindung zum Prüfen: %1</translation>
    </message>
</context>
<context>
    <name>ameide::views::Dialogs</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ameide::views::FailureGroupDelegate</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>ameide::views::FailureGroupsPanel</name>
    <message>
        <source>Failure groups</source>
        <translation>Fehlergruppen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure groups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fehlergruppen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Failure groups state</source>
        <translation>Zustand der Fehlergruppen</translation>
    </message>
    <message>
        <source>No failures in this range.</source>
        <translation>Keine Fehlschläge in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure group(s)</source>
        <translation>
            <numerusform>%n Fehlergruppe</numerusform>
            <numerusform>%n Fehlergruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load failure groups: %1</source>
        <translation>Fehlergruppen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ameide::views::JobDialog</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>Auftragsstatus</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the job</source>
        <translation>Den Auftrag starten</translation>
    </message>
    <message>
        <source>&amp;Stop job</source>
        <translation>Auftrag &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop the job</source>
        <translation>Den Auftrag stoppen</translation>
    </message>
    <message>
        <source>Resume the paused job</source>
        <translation>Den pausierten Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Go on with the rest of the job although it paused (for example because its canary failed again).</source>
        <translation>Mit dem Rest des Auftrags fortfahren, obwohl er pausiert hat (zum Beispiel, weil sein Canary erneut fehlgeschlagen ist).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A running job goes on on the platform after this window closes.</source>
        <translation>Ein laufender Auftrag läuft auf der Plattform weiter, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>Der Auftrag wird gestartet…</translation>
    </message>
    <message>
        <source>The job could not be planned.</source>
        <translation>Der Auftrag konnte nicht geplant werden.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>Resume anyway</source>
        <translation>Trotzdem fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %1 of %2; %n waiting for you to resume or stop the job.</source>
        <translation>
            <numerusform>Pausiert nach %1 von %2; %n Lauf wartet darauf, dass Sie den Auftrag fortsetzen oder stoppen.</numerusform>
            <numerusform>Pausiert nach %1 von %2; %n Läufe warten darauf, dass Sie den Auftrag fortsetzen oder stoppen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::JobsPanel</name>
    <message>
        <source>Bulk jobs</source>
        <translation>Sammelaufträge</translation>
    </message>
    <message>
        <source>Bulk jobs of this tenant, newest first, whoever started them. They run on the platform: closing this window stops nothing.</source>
        <translation>Sammelaufträge dieses Mandanten, neueste zuerst, egal wer sie gestartet hat. Sie laufen auf der Plattform: Das Schließen dieses Fensters stoppt nichts.</translation>
    </message>
    <message>
        <source>Show &amp;new runs</source>
        <translation>&amp;Neue Läufe zeigen</translation>
    </message>
    <message>
        <source>Show the runs this job started</source>
        <translation>Die Läufe zeigen, die dieser Auftrag gestartet hat</translation>
    </message>
    <message>
        <source>&amp;Stop job…</source>
        <translation>Auftrag &amp;stoppen…</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Den ausgewählten Auftrag stoppen</translation>
    </message>
    <message>
        <source>&amp;Resume anyway…</source>
        <translation>Trotzdem &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Resume the selected paused job</source>
        <translation>Den ausgewählten pausierten Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Go on with a job that paused, for example because its canary failed again.</source>
        <translation>Mit einem pausierten Auftrag fortfahren, zum Beispiel, weil sein Canary erneut fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not read the jobs: %1</source>
        <translation>Die Aufträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not stop job %1: %2</source>
        <translation>Auftrag %1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <source>Could not resume job %1: %2</source>
        <translation>Auftrag %1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>This job has not started any runs.</source>
        <translation>Dieser Auftrag hat keine Läufe gestartet.</translation>
    </message>
    <message>
        <source>Loading the jobs…</source>
        <translation>Die Aufträge werden geladen…</translation>
    </message>
    <message>
        <source>The jobs could not be read.</source>
        <translation>Die Aufträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No bulk jobs in this tenant yet. Start one from the runs list with &quot;Retry all matching…&quot; (Shift+R) or &quot;Retry selected…&quot;.</source>
        <translation>In diesem Mandanten gibt es noch keine Sammelaufträge. Starten Sie einen in der Liste der Läufe mit „Alle passenden wiederholen…“ (Umschalt+R) oder „Ausgewählte wiederholen…“.</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Job %1 paused: %2

Go on with the rest anyway?</source>
        <translation>Auftrag %1 ist pausiert: %2

Trotzdem mit dem Rest fortfahren?</translation>
    </message>
    <message>
        <source>Resume anyway</source>
        <translation>Trotzdem fortsetzen</translation>
    </message>
    <message>
        <source>Stay paused</source>
        <translation>Pausiert lassen</translation>
    </message>
    <message>
        <source>Stop job</source>
        <translation>Auftrag stoppen</translation>
    </message>
    <message>
        <source>Stop job %1 (%2)? Runs it already retried stay; the rest are not touched.</source>
        <translation>Auftrag %1 (%2) stoppen? Bereits wiederholte Läufe bleiben; der Rest bleibt unberührt.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>ameide::views::JsonView</name>
    <message>
        <source>No output yet</source>
        <translation>Noch keine Ausgabe</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>%1: nothing to show</source>
        <translation>%1: nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the JSON to the clipboard</source>
        <translation>Das JSON in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>ameide::views::LiveIndicator</name>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume live updates</source>
        <translation>Live-Aktualisierungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause live updates</source>
        <translation>Live-Aktualisierungen pausieren</translation>
    </message>
    <message>
        <source>○ Not live</source>
        <translation>○ Nicht live</translation>
    </message>
    <message>
        <source>Not connected to a platform.</source>
        <translation>Nicht mit einer Plattform verbunden.</translation>
    </message>
    <message>
        <source>❚❚ Paused (many updates; the list reloads on resume)</source>
        <translation>❚❚ Pausiert (viele Aktualisierungen; die Liste wird beim Fortsetzen neu geladen)</translation>
    </message>
    <message>
        <source>More updates arrived than can be held; resuming reads the list afresh. Press P to resume.</source>
        <translation>Es kamen mehr Aktualisierungen an, als gehalten werden können; beim Fortsetzen wird die Liste neu gelesen. Drücken Sie P zum Fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>❚❚ Paused (%n update(s) waiting)</source>
        <translation>
            <numerusform>❚❚ Pausiert (%n Aktualisierung wartet)</numerusform>
            <numerusform>❚❚ Pausiert (%n Aktualisierungen warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates are held while paused and applied on resume. Press P to resume.</source>
        <translation>Live-Aktualisierungen werden während der Pause zurückgehalten und beim Fortsetzen angewendet. Drücken Sie P zum Fortsetzen.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Rows change as runs progress; new matching runs appear on top.</source>
        <translation>Zeilen ändern sich mit dem Fortschritt der Läufe; neue passende Läufe erscheinen oben.</translation>
    </message>
    <message>
        <source>◌ Connecting…</source>
        <translation>◌ Verbinden…</translation>
    </message>
    <message>
        <source>◌ Reconnecting…</source>
        <translation>◌ Neu verbinden…</translation>
    </message>
    <message>
        <source>Waiting for the update stream.</source>
        <translation>Warte auf den Aktualisierungsstrom.</translation>
    </message>
    <message>
        <source>The update stream broke (%1); it resumes where it stopped, so nothing is missed.</source>
        <translation>Der Aktualisierungsstrom ist abgebrochen (%1); er setzt dort fort, wo er aufgehört hat, es geht also nichts verloren.</translation>
    </message>
</context>
<context>
    <name>ameide::views::MainWindow</name>
    <message>
        <source>Ameide Console</source>
        <translation>Ameide Console</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Chooses the section shown beside the list</source>
        <translation>Wählt den Bereich, der neben der Liste angezeigt wird</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Choose the console&apos;s language</source>
        <translation>Die Sprache der Konsole wählen</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Add, change or delete connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, ändern oder löschen</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <source>Probe every platform service over the current connection</source>
        <translation>Jeden Plattformdienst über die aktuelle Verbindung prüfen</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connect again with the current profile</source>
        <translation>Mit dem aktuellen Profil neu verbinden</translation>
    </message>
    <message>
        <source>Show the %1 section</source>
        <translation>Den Bereich %1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Ameide Console</source>
        <translation>Ü&amp;ber Ameide Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>Menü Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Connection menu</source>
        <translation>Menü Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>View menu</source>
        <translation>Menü Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Menü Hilfe</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Connects with the chosen profile</source>
        <translation>Verbindet mit dem gewählten Profil</translation>
    </message>
    <message>
        <source>The profile the console connects with</source>
        <translation>Das Profil, mit dem sich die Konsole verbindet</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>The local platform, started and managed by the console</source>
        <translation>Die lokale Plattform, von der Konsole gestartet und verwaltet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Token needed</source>
        <translation>Token erforderlich</translation>
    </message>
    <message>
        <source>%1 Open Profiles… (%2) and enter the token for this profile.</source>
        <translation>%1 Öffnen Sie Profile… (%2) und geben Sie das Token für dieses Profil ein.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Preferences saved. A new language applies the next time the console starts.</source>
        <translation>Einstellungen gespeichert. Eine neue Sprache gilt ab dem nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>About Ameide Console</source>
        <translation>Über Ameide Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ameide Console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Operations console for the Ameide platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ameide Console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Betriebskonsole für die Ameide-Plattform.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ameide::views::PlannedPage</name>
    <message>
        <source>Ceremonies</source>
        <translation>Zeremonien</translation>
    </message>
    <message>
        <source>This section will hold the sessions squads run together: sprint planning, sprint review, retrospective, PI planning and architecture board sessions.</source>
        <translation>Dieser Bereich wird die Sitzungen enthalten, die Squads gemeinsam abhalten: Sprint Planning, Sprint Review, Retrospektive, PI Planning und Sitzungen des Architecture Board.</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>This section will compare the internal tenant with customer tenants on automation coverage, success rate, lead time, policy exceptions and unauthorized merges, measured against SLOs whose breaches open backlog items.</source>
        <translation>Dieser Bereich wird den internen Mandanten mit Kundenmandanten vergleichen, nach Automatisierungsgrad, Erfolgsquote, Durchlaufzeit, Richtlinienausnahmen und nicht autorisierten Merges, gemessen an SLOs, deren Verletzungen Backlog-Einträge eröffnen.</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>This section will bootstrap tenants (organizations, methodology profiles, repository adapters, roles and secrets), showing a plan before anything is applied, and will migrate backlog data.</source>
        <translation>Dieser Bereich wird Mandanten einrichten (Organisationen, Methodikprofile, Repository-Adapter, Rollen und Secrets), dabei einen Plan zeigen, bevor etwas angewendet wird, und Backlog-Daten migrieren.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Element graph</source>
        <translation>Elementgraph</translation>
    </message>
    <message>
        <source>This section will let you browse the ArchiMate elements of the element graph and the relationships between them.</source>
        <translation>In diesem Bereich werden Sie die ArchiMate-Elemente des Elementgraphen und ihre Beziehungen untereinander durchsuchen können.</translation>
    </message>
    <message>
        <source>About this section</source>
        <translation>Über diesen Bereich</translation>
    </message>
</context>
<context>
    <name>ameide::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows and messages</source>
        <translation>Die Sprache der Fenster und Meldungen der Konsole</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>About changing the language</source>
        <translation>Zum Wechsel der Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The console speaks %1 now. Another language applies the next time it starts.</source>
        <translation>Die Konsole spricht jetzt %1. Eine andere Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The language chosen applies the next time the console starts.</source>
        <translation>Die gewählte Sprache gilt ab dem nächsten Start der Konsole.</translation>
    </message>
</context>
<context>
    <name>ameide::views::ProfileDialog</name>
    <message>
        <source>Unnamed profile</source>
        <translation>Unbenanntes Profil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Use TLS</source>
        <translation>&amp;TLS verwenden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Desktop noti&amp;fications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile for another platform</source>
        <translation>Ein Profil für eine andere Plattform hinzufügen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored token</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Token löschen</translation>
    </message>
    <message>
        <source>The console starts and manages the local platform itself, including its token, so this profile cannot be deleted, and only its desktop notifications can be changed.</source>
        <translation>Die Konsole startet und verwaltet die lokale Plattform selbst, einschließlich ihres Tokens. Daher kann dieses Profil nicht gelöscht werden, und nur seine Desktop-Benachrichtigungen lassen sich ändern.</translation>
    </message>
    <message>
        <source>About the local profile</source>
        <translation>Zum lokalen Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>host:port, e.g. platform.example.com:443</source>
        <translation>Host:Port, z. B. platform.example.com:443</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Empty uses the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Nach der CA-Datei suchen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A free port on 127.0.0.1, chosen when it starts</source>
        <translation>Ein freier Port auf 127.0.0.1, beim Start gewählt</translation>
    </message>
    <message>
        <source>Created by the console</source>
        <translation>Von der Konsole erstellt</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Notify on this desktop when a failure signature is new, or when a bulk job ends, while connected with this profile</source>
        <translation>Auf diesem Desktop benachrichtigen, wenn eine Fehlersignatur neu ist oder ein Sammelauftrag endet, solange mit diesem Profil verbunden</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Started and managed by the console</source>
        <translation>Von der Konsole gestartet und verwaltet</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its token in the keychain is deleted too.</source>
        <translation>Das Profil „%1“ löschen? Sein Token im Schlüsselbund wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Confirm deleting the profile</source>
        <translation>Löschen des Profils bestätigen</translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation>Profil gelöscht.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ameide::views::RemediationDialog</name>
    <message>
        <source>Open a remediation item</source>
        <translation>Behebungsaufgabe eröffnen</translation>
    </message>
    <message numerus="yes">
        <source>A feedback item tagged for remediation, linked to the %n failed run(s) of this group. The group shows the item and its state from then on.</source>
        <translation>
            <numerusform>Ein Feedback-Eintrag mit der Markierung „Behebung“, verknüpft mit dem %n fehlgeschlagenen Lauf dieser Gruppe. Die Gruppe zeigt den Eintrag und seinen Zustand von da an.</numerusform>
            <numerusform>Ein Feedback-Eintrag mit der Markierung „Behebung“, verknüpft mit den %n fehlgeschlagenen Läufen dieser Gruppe. Die Gruppe zeigt den Eintrag und seinen Zustand von da an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Resolve within hours</source>
        <translation>Beheben innerhalb von Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Resolve &amp;within:</source>
        <translation>Beheben &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Example failure: %1
Affected definitions: %2</source>
        <translation>Beispielfehler: %1
Betroffene Definitionen: %2</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>Aufgabe &amp;eröffnen</translation>
    </message>
    <message>
        <source>Open item</source>
        <translation>Aufgabe eröffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geben Sie der Aufgabe einen Titel.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RetryDialog</name>
    <message>
        <source>Retry run</source>
        <translation>Lauf wiederholen</translation>
    </message>
    <message>
        <source>Start a new run of &lt;b&gt;%1&lt;/b&gt; v%2 with the input of run &lt;b&gt;%3&lt;/b&gt; (attempt %4)?</source>
        <translation>Einen neuen Lauf von &lt;b&gt;%1&lt;/b&gt; v%2 mit der Eingabe von Lauf &lt;b&gt;%3&lt;/b&gt; (Versuch %4) starten?</translation>
    </message>
    <message>
        <source>Start from the failed step</source>
        <translation>Ab dem fehlgeschlagenen Schritt starten</translation>
    </message>
    <message>
        <source>Start from the failed step (%1); earlier steps are kept as completed</source>
        <translation>Ab dem fehlgeschlagenen Schritt (%1) starten; frühere Schritte bleiben abgeschlossen</translation>
    </message>
    <message>
        <source>Only a failed run with a failed step can restart from that step.</source>
        <translation>Nur ein fehlgeschlagener Lauf mit einem fehlgeschlagenen Schritt kann ab diesem Schritt neu starten.</translation>
    </message>
    <message>
        <source>Edit the input before retrying</source>
        <translation>Eingabe vor dem Wiederholen bearbeiten</translation>
    </message>
    <message>
        <source>Run input as JSON</source>
        <translation>Eingabe des Laufs als JSON</translation>
    </message>
    <message>
        <source>Loading the run&apos;s input…</source>
        <translation>Die Eingabe des Laufs wird geladen…</translation>
    </message>
    <message>
        <source>Why this run may not need a retry</source>
        <translation>Warum dieser Lauf vielleicht keine Wiederholung braucht</translation>
    </message>
    <message>
        <source>Retry this attempt anyway</source>
        <translation>Diesen Versuch trotzdem wiederholen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>attempt %1 (run %2)</source>
        <translation>Versuch %1 (Lauf %2)</translation>
    </message>
    <message>
        <source>This run has already been recovered: %1 completed.</source>
        <translation>Dieser Lauf wurde bereits behoben: %1 wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>This is an earlier attempt: %1 is the latest and failed too. Retrying that one keeps the chain in order.</source>
        <translation>Dies ist ein früherer Versuch: %1 ist der neueste und ist ebenfalls fehlgeschlagen. Wenn Sie diesen wiederholen, bleibt die Kette in Ordnung.</translation>
    </message>
    <message>
        <source>A later attempt is still in progress: %1.</source>
        <translation>Ein späterer Versuch läuft noch: %1.</translation>
    </message>
    <message>
        <source>Retried since.</source>
        <translation>Inzwischen wiederholt.</translation>
    </message>
    <message>
        <source>Could not load the run&apos;s input: %1</source>
        <translation>Die Eingabe des Laufs konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The input has not loaded yet.</source>
        <translation>Die Eingabe ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Wird wiederholt…</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunActions</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Select runs first.</source>
        <translation>Wählen Sie zuerst Läufe aus.</translation>
    </message>
    <message>
        <source>Select a failure group.</source>
        <translation>Wählen Sie eine Fehlergruppe aus.</translation>
    </message>
    <message>
        <source>Select a run.</source>
        <translation>Wählen Sie einen Lauf aus.</translation>
    </message>
    <message>
        <source>Only failed runs can be retried.</source>
        <translation>Nur fehlgeschlagene Läufe können wiederholt werden.</translation>
    </message>
    <message>
        <source>Only a failed run with a failed step can restart from it.</source>
        <translation>Nur ein fehlgeschlagener Lauf mit einem fehlgeschlagenen Schritt kann ab diesem neu starten.</translation>
    </message>
    <message>
        <source>Only pending or running runs can be cancelled.</source>
        <translation>Nur wartende oder laufende Läufe können abgebrochen werden.</translation>
    </message>
    <message>
        <source>Retry started: %1</source>
        <translation>Wiederholung gestartet: %1</translation>
    </message>
    <message>
        <source>That retry had already been started: %1</source>
        <translation>Diese Wiederholung war bereits gestartet: %1</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run %1 of %2? Its running step stops and the run ends as cancelled.</source>
        <translation>Lauf %1 von %2 abbrechen? Sein laufender Schritt stoppt, und der Lauf endet als abgebrochen.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Bulk retry</source>
        <translation>Sammelwiederholung</translation>
    </message>
    <message>
        <source>Bulk cancel</source>
        <translation>Sammelabbruch</translation>
    </message>
    <message>
        <source>%1 %2: %3 done, %4 skipped.</source>
        <translation>%1 %2: %3 erledigt, %4 übersprungen.</translation>
    </message>
    <message>
        <source>%1 %2 paused: %3</source>
        <translation>%1 %2 pausiert: %3</translation>
    </message>
    <message>
        <source>This group already has the remediation item %1.</source>
        <translation>Diese Gruppe hat bereits die Behebungsaufgabe %1.</translation>
    </message>
    <message>
        <source>Opened remediation item %1.</source>
        <translation>Behebungsaufgabe %1 eröffnet.</translation>
    </message>
    <message>
        <source>The group already had the remediation item %1.</source>
        <translation>Die Gruppe hatte bereits die Behebungsaufgabe %1.</translation>
    </message>
    <message>
        <source>Nobody is on the failure group any more.</source>
        <translation>Niemand kümmert sich mehr um die Fehlergruppe.</translation>
    </message>
    <message>
        <source>%1 is on the failure group.</source>
        <translation>%1 kümmert sich um die Fehlergruppe.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunCompareView</name>
    <message>
        <source>Compare with the last good run</source>
        <translation>Mit dem letzten guten Lauf vergleichen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Comparison state</source>
        <translation>Zustand des Vergleichs</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Look for the last good run again</source>
        <translation>Erneut nach dem letzten guten Lauf suchen</translation>
    </message>
    <message>
        <source>Ask the platform for the last good run again</source>
        <translation>Die Plattform erneut nach dem letzten guten Lauf fragen</translation>
    </message>
    <message>
        <source>Differences from the last good run</source>
        <translation>Unterschiede zum letzten guten Lauf</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Sho&amp;w the good run</source>
        <translation>Guten Lauf &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the good run</source>
        <translation>Den guten Lauf zeigen</translation>
    </message>
    <message>
        <source>Open the last good run in this pane</source>
        <translation>Den letzten guten Lauf in diesem Bereich öffnen</translation>
    </message>
    <message>
        <source>Where the runs diverged</source>
        <translation>Wo die Läufe voneinander abwichen</translation>
    </message>
    <message>
        <source>Definition version</source>
        <translation>Definitionsversion</translation>
    </message>
    <message>
        <source>Input differences</source>
        <translation>Unterschiede in der Eingabe</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields too</source>
        <translation>Auch &amp;unveränderte Felder zeigen</translation>
    </message>
    <message>
        <source>Show unchanged input fields too</source>
        <translation>Auch unveränderte Eingabefelder zeigen</translation>
    </message>
    <message>
        <source>List every input field of both runs, not only those that differ</source>
        <translation>Jedes Eingabefeld beider Läufe auflisten, nicht nur die abweichenden</translation>
    </message>
    <message>
        <source>Input fields of this run and of the good run; by default only those that differ</source>
        <translation>Eingabefelder dieses Laufs und des guten Laufs; standardmäßig nur die abweichenden</translation>
    </message>
    <message>
        <source>Run durations</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>Steps side by side</source>
        <translation>Schritte nebeneinander</translation>
    </message>
    <message>
        <source>Each step&apos;s outcome and time in this run and in the good run, and the difference</source>
        <translation>Ergebnis und Zeit jedes Schritts in diesem Lauf und im guten Lauf, und der Unterschied</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Compared with run %1, the last completed run of this definition before this one.</source>
        <translation>Verglichen mit Lauf %1, dem letzten abgeschlossenen Lauf dieser Definition vor diesem.</translation>
    </message>
    <message>
        <source>Compared with run %1, the last completed run of this definition before this one (ended %2).</source>
        <translation>Verglichen mit Lauf %1, dem letzten abgeschlossenen Lauf dieser Definition vor diesem (beendet %2).</translation>
    </message>
    <message>
        <source>Neither run has input.</source>
        <translation>Keiner der Läufe hat eine Eingabe.</translation>
    </message>
    <message numerus="yes">
        <source>No field differs (%n in all).</source>
        <translation>
            <numerusform>Kein Feld weicht ab (%n insgesamt).</numerusform>
            <numerusform>Kein Feld weicht ab (%n insgesamt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fields differ.</source>
        <translation>
            <numerusform>%1 von %n Feld weicht ab.</numerusform>
            <numerusform>%1 von %n Feldern weichen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunDetailDialog</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run detail</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problem mit dem Link</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>“%1” is not a link to a run. Run links look like ameide://&lt;tenant&gt;/runs/&lt;run id&gt;.</source>
        <translation>„%1“ ist kein Link zu einem Lauf. Links zu Läufen sehen so aus: ameide://&lt;tenant&gt;/runs/&lt;run id&gt;.</translation>
    </message>
    <message>
        <source>The link is for tenant %1, but the console is connected to tenant %2. Switch to a profile of %1 to open it.</source>
        <translation>Der Link gehört zu Mandant %1, aber die Konsole ist mit Mandant %2 verbunden. Wechseln Sie zu einem Profil von %1, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunDetailWidget</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Run detail</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Run detail content</source>
        <translation>Inhalt der Laufdetails</translation>
    </message>
    <message>
        <source>Run detail state</source>
        <translation>Zustand der Laufdetails</translation>
    </message>
    <message>
        <source>Run detail state details</source>
        <translation>Einzelheiten zum Zustand der Laufdetails</translation>
    </message>
    <message>
        <source>Loading the run</source>
        <translation>Der Lauf wird geladen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try loading the run again</source>
        <translation>Den Lauf erneut laden</translation>
    </message>
    <message>
        <source>Ask the platform for the run again</source>
        <translation>Die Plattform erneut nach dem Lauf fragen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Refresh run</source>
        <translation>Lauf aktualisieren</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Laufs</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>This run failed, and a later retry of it completed</source>
        <translation>Dieser Lauf ist fehlgeschlagen, und eine spätere Wiederholung wurde abgeschlossen</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy run id</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the run id to the clipboard</source>
        <translation>Die Lauf-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy link to run</source>
        <translation>Link zum Lauf kopieren</translation>
    </message>
    <message>
        <source>Copy an ameide:// link to this run to the clipboard</source>
        <translation>Einen ameide://-Link zu diesem Lauf in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the run, its history and its retry chain again (Ctrl+R)</source>
        <translation>Den Lauf, seinen Verlauf und seine Wiederholungskette neu laden (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Retry run</source>
        <translation>Lauf wiederholen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run…</source>
        <translation>Lauf a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Run facts</source>
        <translation>Eckdaten des Laufs</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run detail notice</source>
        <translation>Hinweis zu den Laufdetails</translation>
    </message>
    <message>
        <source>Run detail tabs</source>
        <translation>Registerkarten der Laufdetails</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>Zeitleiste der Schritte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>History loaded</source>
        <translation>Verlauf geladen</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Erneut ve&amp;rsuchen</translation>
    </message>
    <message>
        <source>Load the rest of the history again</source>
        <translation>Den Rest des Verlaufs erneut laden</translation>
    </message>
    <message>
        <source>Ask the platform for the next page of the history again</source>
        <translation>Die Plattform erneut nach der nächsten Seite des Verlaufs fragen</translation>
    </message>
    <message>
        <source>&amp;Show failures only</source>
        <translation>&amp;Nur Fehlschläge zeigen</translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation>Nur Fehlschläge zeigen</translation>
    </message>
    <message>
        <source>Only the updates that report a failed run or step; more of the history loads as you scroll</source>
        <translation>Nur die Aktualisierungen, die einen fehlgeschlagenen Lauf oder Schritt melden; beim Blättern wird mehr vom Verlauf geladen</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>The latest updates at the top; clear it to read the run from its start</source>
        <translation>Die neuesten Aktualisierungen oben; entfernen Sie das Häkchen, um den Lauf von Anfang an zu lesen</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Jump to the newest update</source>
        <translation>Zur neuesten Aktualisierung springen</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>Jump to the oldest update</source>
        <translation>Zur ältesten Aktualisierung springen</translation>
    </message>
    <message>
        <source>Jump to the top of the history</source>
        <translation>Zum Anfang des Verlaufs springen</translation>
    </message>
    <message>
        <source>Jump to the first row of the status history</source>
        <translation>Zur ersten Zeile des Statusverlaufs springen</translation>
    </message>
    <message>
        <source>Jump to the bottom of the history</source>
        <translation>Zum Ende des Verlaufs springen</translation>
    </message>
    <message>
        <source>Jump to the last row of the status history, loading the rest of it</source>
        <translation>Zur letzten Zeile des Statusverlaufs springen und dabei den Rest laden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Run input</source>
        <translation>Eingabe des Laufs</translation>
    </message>
    <message>
        <source>This run has no input</source>
        <translation>Dieser Lauf hat keine Eingabe</translation>
    </message>
    <message>
        <source>In&amp;put</source>
        <translation>&amp;Eingabe</translation>
    </message>
    <message>
        <source>Run output</source>
        <translation>Ausgabe des Laufs</translation>
    </message>
    <message>
        <source>No output yet</source>
        <translation>Noch keine Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>Run error</source>
        <translation>Fehler des Laufs</translation>
    </message>
    <message>
        <source>The run has not failed</source>
        <translation>Der Lauf ist nicht fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Error</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>Retry chain</source>
        <translation>Wiederholungskette</translation>
    </message>
    <message>
        <source>The original run and each retry of it, by attempt; Enter opens the selected run</source>
        <translation>Der ursprüngliche Lauf und jede seiner Wiederholungen, nach Versuch; die Eingabetaste öffnet den ausgewählten Lauf</translation>
    </message>
    <message>
        <source>Retry chain status</source>
        <translation>Status der Wiederholungskette</translation>
    </message>
    <message>
        <source>Load the retry chain again</source>
        <translation>Die Wiederholungskette erneut laden</translation>
    </message>
    <message>
        <source>Ask the platform for the retry chain again</source>
        <translation>Die Plattform erneut nach der Wiederholungskette fragen</translation>
    </message>
    <message>
        <source>Loading the retry chain…</source>
        <translation>Die Wiederholungskette wird geladen…</translation>
    </message>
    <message>
        <source>The retry chain could not be loaded: %1</source>
        <translation>Die Wiederholungskette konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This run has not been retried.</source>
        <translation>Dieser Lauf wurde nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the chain. Press Enter or double-click a row to open that run.</source>
        <translation>
            <numerusform>%n Lauf in der Kette. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine Zeile, um diesen Lauf zu öffnen.</numerusform>
            <numerusform>%n Läufe in der Kette. Drücken Sie die Eingabetaste oder doppelklicken Sie auf eine Zeile, um diesen Lauf zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;chain</source>
        <translation>Wieder&amp;holungen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Choose a run to see its steps, history, input, output and retries.</source>
        <translation>Wählen Sie einen Lauf, um seine Schritte, seinen Verlauf, seine Eingabe, Ausgabe und Wiederholungen zu sehen.</translation>
    </message>
    <message>
        <source>Loading run…</source>
        <translation>Lauf wird geladen…</translation>
    </message>
    <message>
        <source>Asking the platform for run %1.</source>
        <translation>Die Plattform wird nach Lauf %1 gefragt.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>1 (original run)</source>
        <translation>1 (ursprünglicher Lauf)</translation>
    </message>
    <message>
        <source>%1 (retry of %2)</source>
        <translation>%1 (Wiederholung von %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error class: %1</source>
        <translation>Fehlerklasse: %1</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Fehlgeschlagener Schritt: %1</translation>
    </message>
    <message>
        <source>Recovered: a later retry of this run completed.</source>
        <translation>Behoben: Eine spätere Wiederholung dieses Laufs wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The run produced no output</source>
        <translation>Der Lauf hat keine Ausgabe erzeugt</translation>
    </message>
    <message>
        <source>The run was cancelled, not failed</source>
        <translation>Der Lauf wurde abgebrochen, nicht fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Not available here.</source>
        <translation>Hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Start this run again as a new attempt</source>
        <translation>Diesen Lauf als neuen Versuch erneut starten</translation>
    </message>
    <message>
        <source>Stop this run</source>
        <translation>Diesen Lauf stoppen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Loaded %1 of %2 updates. The next page could not be loaded: %3</source>
        <translation>%1 von %2 Aktualisierungen geladen. Die nächste Seite konnte nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Der Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>This run has no status updates yet.</source>
        <translation>Dieser Lauf hat noch keine Statusaktualisierungen.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln update(s) loaded.</source>
        <translation>
            <numerusform>Die einzige Aktualisierung ist geladen.</numerusform>
            <numerusform>Alle %Ln Aktualisierungen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); loading the rest to reach the bottom of the list…</source>
        <translation>
            <numerusform>%1 von %Ln Aktualisierung geladen; der Rest wird geladen, um das Ende der Liste zu erreichen…</numerusform>
            <numerusform>%1 von %Ln Aktualisierungen geladen; der Rest wird geladen, um das Ende der Liste zu erreichen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); loading more…</source>
        <translation>
            <numerusform>%1 von %Ln Aktualisierung geladen; weitere werden geladen…</numerusform>
            <numerusform>%1 von %Ln Aktualisierungen geladen; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); scroll down to load more.</source>
        <translation>
            <numerusform>%1 von %Ln Aktualisierung geladen; blättern Sie nach unten, um mehr zu laden.</numerusform>
            <numerusform>%1 von %Ln Aktualisierungen geladen; blättern Sie nach unten, um mehr zu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Failures among them: %2.</source>
        <translation>%1 Davon Fehlschläge: %2.</translation>
    </message>
    <message>
        <source>Every status update of the run, newest first, numbered from 1 for the run&apos;s first</source>
        <translation>Jede Statusaktualisierung des Laufs, neueste zuerst, nummeriert ab 1 für die erste des Laufs</translation>
    </message>
    <message>
        <source>Every status update of the run, oldest first, numbered from 1 for the run&apos;s first</source>
        <translation>Jede Statusaktualisierung des Laufs, älteste zuerst, nummeriert ab 1 für die erste des Laufs</translation>
    </message>
    <message>
        <source>Jump to the run&apos;s newest update (%1)</source>
        <translation>Zur neuesten Aktualisierung des Laufs springen (%1)</translation>
    </message>
    <message>
        <source>Jump to the run&apos;s first update (%1)</source>
        <translation>Zur ersten Aktualisierung des Laufs springen (%1)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied the run id.</source>
        <translation>Lauf-ID kopiert.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunFilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Run filter</source>
        <translation>Lauffilter</translation>
    </message>
    <message>
        <source>Query problem</source>
        <translation>Problem in der Abfrage</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Custom query</source>
        <translation>Eigene Abfrage</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the query as a view</source>
        <translation>Die Abfrage als Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view</source>
        <translation>Die gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>Run query</source>
        <translation>Abfrage für Läufe</translation>
    </message>
    <message>
        <source>e.g. status:failed definition:coding-agent since:24h  (Ctrl+F)</source>
        <translation>z. B. status:failed definition:coding-agent since:24h  (Strg+F)</translation>
    </message>
    <message>
        <source>Filters: status, definition, definition_id, element, id, since, after, before, signature, is:recovered, is:unrecovered. Press Enter to apply.
Times: since:15m, since:24h, since:7d count back from now, and since:today from your midnight. after:2026-11-01 and before:2026-11-20T10:00 are read in your time zone (%1), as the console shows times, unless they end in Z for UTC or an offset such as +01:00.</source>
        <translation>Filter: status, definition, definition_id, element, id, since, after, before, signature, is:recovered, is:unrecovered. Mit der Eingabetaste anwenden.
Zeiten: since:15m, since:24h, since:7d zählen ab jetzt zurück, since:today ab Ihrer Mitternacht. after:2026-11-01 und before:2026-11-20T10:00 werden in Ihrer Zeitzone (%1) gelesen, so wie die Konsole Zeiten zeigt, sofern sie nicht auf Z für UTC oder auf einen Versatz wie +01:00 enden.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show filter fields</source>
        <translation>Filterfelder zeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Definition filter</source>
        <translation>Definitionsfilter</translation>
    </message>
    <message>
        <source>All definitions</source>
        <translation>Alle Definitionen</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Recovery filter</source>
        <translation>Filter nach Behebung</translation>
    </message>
    <message>
        <source>Recovered or not</source>
        <translation>Behoben oder nicht</translation>
    </message>
    <message>
        <source>Recovered failures</source>
        <translation>Behobene Fehlschläge</translation>
    </message>
    <message>
        <source>Unrecovered failures</source>
        <translation>Nicht behobene Fehlschläge</translation>
    </message>
    <message>
        <source>Run id prefix</source>
        <translation>Anfang der Lauf-ID</translation>
    </message>
    <message>
        <source>Definition name contains</source>
        <translation>Definitionsname enthält</translation>
    </message>
    <message>
        <source>Definition name</source>
        <translation>Definitionsname</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Element id</source>
        <translation>Element-ID</translation>
    </message>
    <message>
        <source>Failure signature</source>
        <translation>Fehlersignatur</translation>
    </message>
    <message>
        <source>%1 The list still shows the previous filter.</source>
        <translation>%1 Die Liste zeigt weiterhin den vorherigen Filter.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message numerus="yes">
        <source>%n definition(s) from the query</source>
        <translation>
            <numerusform>%n Definition aus der Abfrage</numerusform>
            <numerusform>%n Definitionen aus der Abfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom range (from the query)</source>
        <translation>Eigener Zeitraum (aus der Abfrage)</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;</source>
        <translation>Die Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <source>Built-in views cannot be deleted.</source>
        <translation>Vordefinierte Ansichten können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>Name der Ansicht für „%1“:</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>Die Ansicht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Die Ansicht „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Die Ansicht „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunLogView</name>
    <message>
        <source>Step log</source>
        <translation>Schrittprotokoll</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Das Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Meldungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the lines whose message contains this text, ignoring case</source>
        <translation>Zeigt die Zeilen, deren Meldung diesen Text enthält, ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Lowest level shown</source>
        <translation>Niedrigste gezeigte Stufe</translation>
    </message>
    <message>
        <source>Show only lines at this level or above</source>
        <translation>Nur Zeilen dieser Stufe oder höher zeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Gezeigter Schritt</translation>
    </message>
    <message>
        <source>Show only one step&apos;s lines; choosing a step in the timeline chooses it here</source>
        <translation>Nur die Zeilen eines Schritts zeigen; die Wahl eines Schritts in der Zeitleiste wählt ihn auch hier</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>Schri&amp;tt:</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>&amp;Mitverfolgen</translation>
    </message>
    <message>
        <source>Follow the log</source>
        <translation>Dem Protokoll folgen</translation>
    </message>
    <message>
        <source>While the run is active, read new lines as they are written and keep the end in view</source>
        <translation>Solange der Lauf aktiv ist, neue Zeilen lesen, sobald sie geschrieben werden, und das Ende im Blick behalten</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Zeile&amp;n kopieren</translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines to the clipboard (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen in die Zwischenablage kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>The run&apos;s log lines, oldest first; Ctrl+C copies the selected lines</source>
        <translation>Die Protokollzeilen des Laufs, älteste zuerst; Strg+C kopiert die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Log state</source>
        <translation>Zustand des Protokolls</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Erneut ve&amp;rsuchen</translation>
    </message>
    <message>
        <source>Load the log again</source>
        <translation>Das Protokoll erneut laden</translation>
    </message>
    <message>
        <source>Ask the platform for the log again</source>
        <translation>Die Plattform erneut nach dem Protokoll fragen</translation>
    </message>
    <message>
        <source>Log content</source>
        <translation>Inhalt des Protokolls</translation>
    </message>
    <message>
        <source>Selected line</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Status des Protokolls</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The log could not be loaded: %1</source>
        <translation>Das Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>Kein Lauf ausgewählt.</translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation>Das Protokoll wird geladen…</translation>
    </message>
    <message>
        <source>No lines match the search and filters.</source>
        <translation>Keine Zeilen passen zu Suche und Filtern.</translation>
    </message>
    <message>
        <source>This run has no log lines yet.</source>
        <translation>Dieser Lauf hat noch keine Protokollzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln line(s). The next page could not be loaded: %1</source>
        <translation>
            <numerusform>%Ln Zeile geladen. Die nächste Seite konnte nicht geladen werden: %1</numerusform>
            <numerusform>%Ln Zeilen geladen. Die nächste Seite konnte nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln line(s); loading more…</source>
        <translation>
            <numerusform>%1 von %Ln Zeile geladen; weitere werden geladen…</numerusform>
            <numerusform>%1 von %Ln Zeilen geladen; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln line(s); scroll down for more.</source>
        <translation>
            <numerusform>%1 von %Ln Zeile geladen; blättern Sie nach unten für mehr.</numerusform>
            <numerusform>%1 von %Ln Zeilen geladen; blättern Sie nach unten für mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s).</source>
        <translation>
            <numerusform>%Ln Zeile.</numerusform>
            <numerusform>%Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Following the run.</source>
        <translation>%1 Der Lauf wird mitverfolgt.</translation>
    </message>
    <message>
        <source>%1 The run is still writing.</source>
        <translation>%1 Der Lauf schreibt noch.</translation>
    </message>
</context>
<context>
    <name>ameide::views::RunsPage</name>
    <message>
        <source>Workflow runs</source>
        <translation>Workflow-Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n new matching run(s) arrived; press F5 to show them in this order.</source>
        <translation>
            <numerusform>%n neuer passender Lauf ist eingetroffen; drücken Sie F5, um ihn in dieser Reihenfolge zu zeigen.</numerusform>
            <numerusform>%n neue passende Läufe sind eingetroffen; drücken Sie F5, um sie in dieser Reihenfolge zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Aktionen für Läufe</translation>
    </message>
    <message>
        <source>Runs list state</source>
        <translation>Zustand der Liste der Läufe</translation>
    </message>
    <message>
        <source>Run counts</source>
        <translation>Anzahl der Läufe</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Rows loaded</source>
        <translation>Geladene Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%n Zeile geladen, mehr beim Blättern</numerusform>
            <numerusform>%n Zeilen geladen, mehr beim Blättern</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot sort by this column.</source>
        <translation>Die Plattform kann nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <source>Newest first (the list&apos;s own order)</source>
        <translation>Neueste zuerst (die eigene Reihenfolge der Liste)</translation>
    </message>
    <message>
        <source>Open detail</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Retry from step…</source>
        <translation>Ab Schritt wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>Lauf a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Retry selected…</source>
        <translation>Ausgewählte wiederholen…</translation>
    </message>
    <message>
        <source>Retry all matching…</source>
        <translation>Alle passenden wiederholen…</translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation>Ausgewählte abbrechen…</translation>
    </message>
    <message>
        <source>Cancel all matching…</source>
        <translation>Alle passenden abbrechen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Failure groups</source>
        <translation>Fehlergruppen</translation>
    </message>
    <message>
        <source>Pause live</source>
        <translation>Live pausieren</translation>
    </message>
    <message>
        <source>Show runs of group</source>
        <translation>Läufe der Gruppe zeigen</translation>
    </message>
    <message>
        <source>Remediation item…</source>
        <translation>Behebungsaufgabe…</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <source>Bulk jobs…</source>
        <translation>Sammelaufträge…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Shortcuts (?)</source>
        <translation>Tastenkürzel (?)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation>Vorheriger Lauf</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s detail</source>
        <translation>Die Details des ausgewählten Laufs öffnen</translation>
    </message>
    <message>
        <source>Retry the selected run (asks first)</source>
        <translation>Den ausgewählten Lauf wiederholen (fragt zuerst)</translation>
    </message>
    <message>
        <source>Retry the selected run from its failed step (asks first)</source>
        <translation>Den ausgewählten Lauf ab seinem fehlgeschlagenen Schritt wiederholen (fragt zuerst)</translation>
    </message>
    <message>
        <source>Cancel the selected run (asks first)</source>
        <translation>Den ausgewählten Lauf abbrechen (fragt zuerst)</translation>
    </message>
    <message>
        <source>Retry the selected runs as one job (counts first)</source>
        <translation>Die ausgewählten Läufe als einen Auftrag wiederholen (zählt zuerst)</translation>
    </message>
    <message>
        <source>Retry every failed run the filter matches as one job (counts first)</source>
        <translation>Jeden fehlgeschlagenen Lauf, der zum Filter passt, als einen Auftrag wiederholen (zählt zuerst)</translation>
    </message>
    <message>
        <source>Cancel the selected pending and running runs as one job (counts first)</source>
        <translation>Die ausgewählten wartenden und laufenden Läufe als einen Auftrag abbrechen (zählt zuerst)</translation>
    </message>
    <message>
        <source>Cancel every pending and running run the filter matches as one job (counts first)</source>
        <translation>Jeden wartenden und laufenden Lauf, der zum Filter passt, als einen Auftrag abbrechen (zählt zuerst)</translation>
    </message>
    <message>
        <source>Export the filtered runs as CSV</source>
        <translation>Die gefilterten Läufe als CSV exportieren</translation>
    </message>
    <message>
        <source>Reload the list, the counts and the failure groups</source>
        <translation>Die Liste, die Zahlen und die Fehlergruppen neu laden</translation>
    </message>
    <message>
        <source>Show or hide the failure groups</source>
        <translation>Die Fehlergruppen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Pause or resume live updates</source>
        <translation>Live-Aktualisierungen pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Show the runs of the selected failure group</source>
        <translation>Die Läufe der ausgewählten Fehlergruppe zeigen</translation>
    </message>
    <message>
        <source>Open a remediation item for the selected failure group</source>
        <translation>Eine Behebungsaufgabe für die ausgewählte Fehlergruppe eröffnen</translation>
    </message>
    <message>
        <source>Say who is on the selected failure group, with a note, or clear it</source>
        <translation>Eintragen, wer sich um die ausgewählte Fehlergruppe kümmert, mit einer Notiz, oder es aufheben</translation>
    </message>
    <message>
        <source>Show the tenant&apos;s bulk jobs, running and recent</source>
        <translation>Die Sammelaufträge des Mandanten zeigen, laufende und kürzliche</translation>
    </message>
    <message>
        <source>Edit the filter query</source>
        <translation>Die Filterabfrage bearbeiten</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Back to the list from the query</source>
        <translation>Von der Abfrage zurück zur Liste</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Zahlen nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 total • %2 running • %3 failed (%4 recovered)</source>
        <translation>%1 gesamt • %2 laufend • %3 fehlgeschlagen (%4 behoben)</translation>
    </message>
    <message>
        <source>Pending %1, completed %2, cancelled %3</source>
        <translation>Wartend %1, abgeschlossen %2, abgebrochen %3</translation>
    </message>
    <message>
        <source>Retry this run (R)</source>
        <translation>Diesen Lauf wiederholen (R)</translation>
    </message>
    <message>
        <source>Retry from the step that failed (F)</source>
        <translation>Ab dem fehlgeschlagenen Schritt wiederholen (F)</translation>
    </message>
    <message>
        <source>Cancel this run (C)</source>
        <translation>Diesen Lauf abbrechen (C)</translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n selected run(s) as one job (S)</source>
        <translation>
            <numerusform>Den %n ausgewählten Lauf als einen Auftrag wiederholen (S)</numerusform>
            <numerusform>Die %n ausgewählten Läufe als einen Auftrag wiederholen (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry every failed run matching the filter as one job (Shift+R)</source>
        <translation>Jeden fehlgeschlagenen Lauf, der zum Filter passt, als einen Auftrag wiederholen (Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected run(s) that are pending or running, as one job (Shift+C)</source>
        <translation>
            <numerusform>Den %n ausgewählten Lauf, falls er wartet oder läuft, als einen Auftrag abbrechen (Umschalt+C)</numerusform>
            <numerusform>Die %n ausgewählten Läufe, die warten oder laufen, als einen Auftrag abbrechen (Umschalt+C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel every pending or running run matching the filter as one job (Ctrl+Shift+C)</source>
        <translation>Jeden wartenden oder laufenden Lauf, der zum Filter passt, als einen Auftrag abbrechen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Open a remediation backlog item for the selected failure group (M)</source>
        <translation>Eine Behebungsaufgabe im Backlog für die ausgewählte Fehlergruppe eröffnen (M)</translation>
    </message>
    <message>
        <source>Say who is on the selected failure group, or clear it (A)</source>
        <translation>Eintragen, wer sich um die ausgewählte Fehlergruppe kümmert, oder es aufheben (A)</translation>
    </message>
    <message>
        <source>Bulk jobs of this tenant, running and recent (Ctrl+J)</source>
        <translation>Sammelaufträge dieses Mandanten, laufende und kürzliche (Strg+J)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected. Choose a profile under Connection ▸ Profiles, or wait for the local platform.</source>
        <translation>Nicht verbunden. Wählen Sie ein Profil unter Verbindung ▸ Profile, oder warten Sie auf die lokale Plattform.</translation>
    </message>
    <message>
        <source>The runs could not be loaded: %1
Press F5 to try again.</source>
        <translation>Die Läufe konnten nicht geladen werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This tenant has no workflow runs yet.</source>
        <translation>Dieser Mandant hat noch keine Workflow-Läufe.</translation>
    </message>
    <message>
        <source>No runs match &quot;%1&quot;.</source>
        <translation>Keine Läufe passen zu „%1“.</translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting runs…</source>
        <translation>Läufe werden exportiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s)…</source>
        <translation>
            <numerusform>%Ln Lauf exportiert…</numerusform>
            <numerusform>%Ln Läufe exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>%n Lauf nach %1 exportiert.</numerusform>
            <numerusform>%n Läufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::ShortcutsDialog</name>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>↑ ↓  Page Up  Page Down  Home  End</source>
        <translation>↑ ↓  Bild aufwärts  Bild abwärts  Pos1  Ende</translation>
    </message>
    <message>
        <source>Move in a list or table</source>
        <translation>In einer Liste oder Tabelle bewegen</translation>
    </message>
    <message>
        <source>In a list</source>
        <translation>In einer Liste</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click, Shift+↓</source>
        <translation>Strg+Klick, Umschalt+Klick, Umschalt+↓</translation>
    </message>
    <message>
        <source>Select several runs, for &quot;Retry selected&quot;</source>
        <translation>Mehrere Läufe auswählen, für „Ausgewählte wiederholen“</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Zwischen den Teilen des Fensters wechseln</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ameide::views::StepTimeline</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>Zeitleiste der Schritte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Started after: %1</source>
        <translation>Gestartet nach: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Running for: %1</source>
        <translation>Läuft seit: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>The run ended before this step started.</source>
        <translation>Der Lauf endete, bevor dieser Schritt begann.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error class: %1</source>
        <translation>Fehlerklasse: %1</translation>
    </message>
    <message>
        <source>No steps have started</source>
        <translation>Noch keine Schritte gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n Schritt.</numerusform>
            <numerusform>%n Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waited %1 before the first step.</source>
        <translation>%1 vor dem ersten Schritt gewartet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Selected: %1. %2</source>
        <translation>Ausgewählt: %1. %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>%1 gewartet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for the Ameide platform.</source>
        <translation>Betriebskonsole für die Ameide-Plattform.</translation>
    </message>
    <message>
        <source>Connect with the profile of this id or name.</source>
        <translation>Mit dem Profil dieser ID oder dieses Namens verbinden.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connect to this platform (host:port) instead of a profile.</source>
        <translation>Mit dieser Plattform (Host:Port) statt mit einem Profil verbinden.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>Tenant to use with --endpoint.</source>
        <translation>Mandant für --endpoint.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Save a picture of the window once connected, then quit.</source>
        <translation>Nach dem Verbinden ein Bild des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open a run: ameide://&lt;tenant&gt;/runs/&lt;run-id&gt;</source>
        <translation>Einen Lauf öffnen: ameide://&lt;tenant&gt;/runs/&lt;run-id&gt;</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run link; a run link looks like ameide://tenant-ameide/runs/&lt;run-id&gt;</source>
        <translation>„%1“ ist kein Link zu einem Lauf; ein Link zu einem Lauf sieht so aus: ameide://tenant-ameide/runs/&lt;run-id&gt;</translation>
    </message>
    <message>
        <source>Run link</source>
        <translation>Link zum Lauf</translation>
    </message>
    <message>
        <source>The link is for tenant %1, but the profile in use connects to tenant %2. Add or choose a profile for %1 under Connection ▸ Profiles.</source>
        <translation>Der Link gehört zu Mandant %1, aber das verwendete Profil verbindet sich mit Mandant %2. Fügen Sie unter Verbindung ▸ Profile ein Profil für %1 hinzu oder wählen Sie eines.</translation>
    </message>
    <message>
        <source>Speak this language (en, de) instead of the system&apos;s or the one chosen in Preferences.</source>
        <translation>Diese Sprache sprechen (en, de) statt der des Systems oder der in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>There is no profile &apos;%1&apos;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every letter shares, imported by the layout of each kind (reminder.xsl, formal-notice.xsl, ...):
  A4 pages, the letterhead, the address block, the footer, the payment slip with the EPC QR code, and the
  functions that format texts, amounts and dates for the letter's language.
  Input: the <letter> document written by be.smartcredit.hub.document.LetterXml (ISO dates, plain decimals).
  Texts come from texts-<language>.xml next to this file; numbers use the decimal format named after the
  language, so a new language needs a bundle and one xsl:decimal-format line below.
  The first page follows Belgian window-envelope practice: the address block sits about 50 mm from the top
  and ends 20 mm from the right edge of the paper.
  A layout that imports this one defines the named template "body" and may override "address".
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:l="urn:smartcredit:letters"
    exclude-result-prefixes="xs map l">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:decimal-format name="nl" decimal-separator="," grouping-separator="."/>
  <xsl:decimal-format name="fr" decimal-separator="," grouping-separator="&#xA0;"/>
  <xsl:decimal-format name="de" decimal-separator="," grouping-separator="."/>
  <xsl:decimal-format name="en" decimal-separator="." grouping-separator=","/>

  <xsl:variable name="letter" as="element(letter)" select="/letter"/>
  <xsl:variable name="language" as="xs:string" select="/letter/@language"/>
  <xsl:variable name="currency" as="xs:string" select="/letter/@currency"/>
  <xsl:variable name="texts" as="element(texts)" select="document('texts-' || $language || '.xml')/texts"/>
  <xsl:variable name="letterhead" as="element(letterhead)" select="/letter/letterhead"/>
  <xsl:variable name="creditor" as="element(creditor)" select="/letter/creditor"/>
  <xsl:variable name="payment" as="element(payment)" select="/letter/payment"/>
  <xsl:variable name="accent" as="xs:string" select="/letter/style/@accent"/>
  <xsl:variable name="amount" as="xs:string" select="l:money($payment/amount)"/>

  <xsl:attribute-set name="small">
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="color">#444444</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="padding">0.8mm 1.5mm</xsl:attribute>
    <xsl:attribute name="border-bottom">0.3pt solid #999999</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color" select="$accent"/>
  </xsl:attribute-set>

  <!-- Texts ================================================================================== -->

  <!-- The text under a key, with each {name} replaced by its value; a missing key is an error, not a gap.
       Texts may run over several lines in the bundle: white space is normalised. -->
  <xsl:function name="l:text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, xs:string)"/>
    <xsl:variable name="text" select="$texts/text[@key = $key]"/>
    <xsl:if test="empty($text)">
      <xsl:sequence select="error(xs:QName('l:missing-text'), 'no text ' || $key || ' for ' || $language)"/>
    </xsl:if>
    <xsl:sequence select="fold-left(map:keys($values), normalize-space($text),
        function($result, $name) { replace($result, '{' || $name || '}', $values($name), 'q') })"/>
  </xsl:function>

  <xsl:function name="l:text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="l:text($key, map{})"/>
  </xsl:function>

  <!-- An amount in the letter's currency; empty in, empty string out, so optional amounts need no test. -->
  <xsl:function name="l:money" as="xs:string">
    <xsl:param name="amount" as="xs:string?"/>
    <xsl:sequence select="l:money($amount, $currency)"/>
  </xsl:function>

  <xsl:function name="l:money" as="xs:string">
    <xsl:param name="amount" as="xs:string?"/>
    <xsl:param name="currency" as="xs:string"/>
    <xsl:sequence select="if (empty($amount)) then '' else l:text('money', map{'currency': $currency,
        'amount': format-number(xs:decimal($amount), l:text('amountPicture'), $language)})"/>
  </xsl:function>

  <xsl:function name="l:number" as="xs:string">
    <xsl:param name="number" as="xs:string?"/>
    <xsl:param name="picture-key" as="xs:string"/>
    <xsl:sequence select="if (empty($number)) then ''
        else format-number(xs:decimal($number), l:text($picture-key), $language)"/>
  </xsl:function>

  <xsl:function name="l:date" as="xs:string">
    <xsl:param name="date" as="xs:string?"/>
    <xsl:sequence select="if (empty($date)) then '' else format-date(xs:date($date), l:text('datePicture'))"/>
  </xsl:function>

  <!-- Month names come from the bundle: Saxon-HE only names months in English. -->
  <xsl:function name="l:long-date" as="xs:string">
    <xsl:param name="date" as="xs:string"/>
    <xsl:variable name="day" select="xs:date($date)"/>
    <xsl:sequence select="l:text('longDate', map{
        'day': string(day-from-date($day)),
        'month': tokenize(normalize-space($texts/months), ' ')[month-from-date($day)],
        'year': string(year-from-date($day))})"/>
  </xsl:function>

  <!-- An IBAN printed in groups of four, as on bank cards and statements. -->
  <xsl:function name="l:iban" as="xs:string">
    <xsl:param name="iban" as="xs:string"/>
    <xsl:sequence select="normalize-space(replace($iban, '(.{4})', '$1 '))"/>
  </xsl:function>

  <xsl:function name="l:address" as="xs:string">
    <xsl:param name="party" as="element()?"/>
    <xsl:sequence select="string-join($party/address/line, ', ')"/>
  </xsl:function>

  <!-- The values a text may name, all formatted for the letter's language; what a letter lacks is empty. -->
  <xsl:function name="l:values" as="map(xs:string, xs:string)">
    <xsl:variable name="agency" select="$letter/agency"/>
    <xsl:sequence select="map{
        'amount': $amount,
        'payBy': l:date($payment/payBy),
        'termDays': if ($payment/payBy) then string(days-from-duration(xs:date($payment/payBy)
            - xs:date($letter/@date))) else '',
        'iban': l:iban($creditor/iban),
        'creditor': string($creditor/name),
        'enterpriseNumber': string($creditor/enterpriseNumber),
        'creditorAddress': l:address($creditor),
        'creditorPhone': string($creditor/phone),
        'communication': string($payment/communication),
        'due': l:date($letter/invoices/earliestDue),
        'lumpSum': l:money($payment/lumpSumIfUnpaid),
        'agency': string($agency/name),
        'agencyNumber': string($agency/enterpriseNumber),
        'agencyAddress': l:address($agency),
        'agencyPhone': string($agency/phone),
        'registration': string($agency/registration),
        'mandateDate': l:date($letter/mandate/@given),
        'mandateReference': string($letter/mandate/@reference),
        'lawyer': string($letter/lawyer/name),
        'bar': string($letter/lawyer/bar),
        'lawyerNumber': string($letter/lawyer/enterpriseNumber),
        'lawyerAddress': l:address($letter/lawyer),
        'lawyerPhone': string($letter/lawyer/phone),
        'planTotal': l:money($letter/plan/@total),
        'agreedOn': l:date($letter/plan/@agreedOn),
        'paid': l:money($letter/closing/@paid),
        'paidOn': l:date($letter/closing/@paidOn),
        'invoices': string-join($letter/closing/invoice, ', ')}"/>
  </xsl:function>

  <!-- Pages =================================================================================== -->

  <xsl:template match="/letter">
    <fo:root font-family="DejaVu Sans" font-size="9pt" line-height="1.3" xml:lang="{$language}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="first" page-width="210mm" page-height="297mm">
          <fo:region-body margin="94mm 20mm 20mm 20mm"/>
          <fo:region-before region-name="first-head" extent="94mm"/>
          <fo:region-after region-name="foot" extent="16mm"/>
        </fo:simple-page-master>
        <fo:simple-page-master master-name="next" page-width="210mm" page-height="297mm">
          <fo:region-body margin="28mm 20mm 20mm 20mm"/>
          <fo:region-before region-name="next-head" extent="28mm"/>
          <fo:region-after region-name="foot" extent="16mm"/>
        </fo:simple-page-master>
        <fo:page-sequence-master master-name="letter">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="first" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="next" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="letter">
        <fo:static-content flow-name="first-head">
          <xsl:call-template name="letterhead"/>
          <xsl:call-template name="address"/>
        </fo:static-content>
        <fo:static-content flow-name="next-head">
          <fo:block margin="15mm 20mm 0 20mm" xsl:use-attribute-sets="small">
            <xsl:value-of select="$letterhead/name || ' – ' || l:subject() || ' – ' || $payment/communication"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="foot">
          <xsl:call-template name="footer"/>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="body"/>
          <fo:block id="letter-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:function name="l:subject" as="xs:string">
    <xsl:sequence select="l:text('subject.' || $letter/@kind)"/>
  </xsl:function>

  <!-- The sender's letterhead: the creditor's in silent mode, the agency's or the lawyer's otherwise.
       Limitation: a logo is printed as it is, so a colour logo stays in colour on a black-and-white letter;
       give black-and-white clients a black logo. -->
  <xsl:template name="letterhead">
    <fo:block-container absolute-position="absolute" left="20mm" top="14mm" width="85mm" height="70mm">
      <xsl:if test="$letterhead/logo">
        <fo:block space-after="3mm">
          <fo:external-graphic src="url('{$letterhead/logo}')" content-height="14mm"
              content-width="scale-to-fit" scaling="uniform"/>
        </fo:block>
      </xsl:if>
      <fo:block font-size="12pt" space-after="1mm" xsl:use-attribute-sets="heading">
        <xsl:value-of select="$letterhead/name"/>
      </fo:block>
      <xsl:for-each select="$letterhead/(office, bar)">
        <fo:block font-weight="bold"><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="$letterhead/address/line">
        <fo:block><xsl:value-of select="."/></fo:block>
      </xsl:for-each>
      <fo:block space-before="2mm" xsl:use-attribute-sets="small">
        <xsl:value-of select="l:text('enterpriseNumber') || ' ' || $letterhead/enterpriseNumber"/>
      </fo:block>
      <xsl:for-each select="$letterhead/(vatNumber, phone, email)">
        <fo:block xsl:use-attribute-sets="small">
          <xsl:value-of select="l:text(local-name()) || ' ' || ."/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="$letterhead/@mode = 'agency'">
        <fo:block space-before="1.5mm" font-size="8pt" font-weight="bold">
          <xsl:value-of select="l:text('onBehalfOf', map{'creditor': string($creditor/name)})"/>
        </fo:block>
      </xsl:if>
    </fo:block-container>
  </xsl:template>

  <!-- The address shows through the right-hand window of the envelope. -->
  <xsl:template name="address">
    <xsl:call-template name="window">
      <xsl:with-param name="lines" select="string(debtor/name), debtor/address/line/string()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="window">
    <xsl:param name="lines" as="xs:string*"/>
    <fo:block-container absolute-position="absolute" left="115mm" top="50mm" width="75mm" height="40mm">
      <fo:block font-size="10.5pt" line-height="1.3">
        <xsl:for-each select="$lines">
          <fo:block><xsl:value-of select="."/></fo:block>
        </xsl:for-each>
      </fo:block>
    </fo:block-container>
  </xsl:template>

  <xsl:template name="footer">
    <fo:block margin="3mm 20mm 0 20mm" padding-top="1mm" border-top="0.3pt solid {$accent}"
        text-align="center" xsl:use-attribute-sets="small">
      <xsl:value-of select="$letterhead/name || ' · ' || l:text('enterpriseNumber') || ' '
          || $letterhead/enterpriseNumber || ' · IBAN ' || l:iban($creditor/iban)"/>
    </fo:block>
    <fo:block margin="0 20mm" text-align="end" xsl:use-attribute-sets="small">
      <xsl:variable name="page" select="l:text('page')"/>
      <xsl:value-of select="substring-before($page, '{page}')"/>
      <fo:page-number/>
      <xsl:value-of select="substring-before(substring-after($page, '{page}'), '{pages}')"/>
      <fo:page-number-citation ref-id="letter-end"/>
      <xsl:value-of select="substring-after($page, '{pages}')"/>
    </fo:block>
  </xsl:template>

  <!-- Building blocks of a body ============================================================== -->

  <xsl:template name="opening">
    <fo:block space-after="4mm">
      <xsl:value-of select="l:text('dateLine', map{'date': l:long-date($letter/@date)})"/>
    </fo:block>
    <fo:block font-size="12pt" space-after="3mm" xsl:use-attribute-sets="heading">
      <xsl:value-of select="l:subject()"/>
    </fo:block>
    <fo:block space-after="2mm"><xsl:value-of select="l:text('salutation')"/></fo:block>
  </xsl:template>

  <xsl:template name="signature">
    <xsl:param name="closing-key" as="xs:string" select="'closing'"/>
    <fo:block keep-with-next.within-page="always" space-before="1mm">
      <xsl:value-of select="l:text($closing-key)"/>
    </fo:block>
    <fo:block space-before="1mm" font-weight="bold"><xsl:value-of select="$letterhead/name"/></fo:block>
  </xsl:template>

  <xsl:template name="paragraph">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="bold" as="xs:boolean" select="false()"/>
    <fo:block space-after="2.5mm" font-weight="{if ($bold) then 'bold' else 'normal'}">
      <xsl:call-template name="fill"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="section-title">
    <xsl:param name="key" as="xs:string"/>
    <fo:block space-before="1mm" space-after="1.5mm" keep-with-next.within-page="always"
        xsl:use-attribute-sets="heading">
      <xsl:value-of select="l:text($key)"/>
    </fo:block>
  </xsl:template>

  <!-- The text under a key with each {name} filled in and kept on one line: an IBAN or a communication that
       wraps halfway is easily mistyped. -->
  <xsl:template name="fill">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="values" select="l:values()"/>
    <xsl:analyze-string select="l:text($key)" regex="\{{(\w+)\}}">
      <xsl:matching-substring>
        <fo:inline keep-together.within-line="always"><xsl:value-of select="$values(regex-group(1))"/></fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- A framed box of short statements, e.g. the mentions the law asks for. -->
  <xsl:template name="mentions">
    <xsl:param name="title-key" as="xs:string"/>
    <xsl:param name="keys" as="xs:string*"/>
    <!-- Margins, not only padding, so that the frame stays inside the column (FOP puts padding outside). -->
    <fo:block space-after="2.5mm" margin-left="0" margin-right="0" padding="1.5mm 2mm" font-size="8.5pt"
        border="0.3pt solid #999999" keep-together.within-page="always">
      <fo:block font-weight="bold" space-after="0.5mm"><xsl:value-of select="l:text($title-key)"/></fo:block>
      <xsl:for-each select="$keys">
        <fo:block>
          <xsl:call-template name="fill"><xsl:with-param name="key" select="."/></xsl:call-template>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- A table header cell in the column titles' style. -->
  <xsl:template name="header-cell">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="align" as="xs:string" select="'start'"/>
    <fo:table-cell xsl:use-attribute-sets="cell" border-bottom="0.6pt solid {$accent}">
      <fo:block text-align="{$align}"><xsl:value-of select="l:text($key)"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="text-cell">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="align" as="xs:string" select="'start'"/>
    <fo:table-cell xsl:use-attribute-sets="cell">
      <fo:block text-align="{$align}"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="total-row">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:param name="span" as="xs:integer"/>
    <fo:table-row font-weight="bold" keep-with-previous.within-page="always">
      <fo:table-cell number-columns-spanned="{$span}" padding="1.5mm">
        <fo:block><xsl:value-of select="$label"/></fo:block>
      </fo:table-cell>
      <fo:table-cell padding="1.5mm">
        <fo:block text-align="end"><xsl:value-of select="$value"/></fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- Payment details with, for euro letters, the EPC QR code at the bottom right; then the pay page, if any. -->
  <xsl:template name="payment-slip">
    <fo:table table-layout="fixed" width="100%" space-before="4mm" keep-together.within-page="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="40mm"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding="2mm" border="0.3pt solid {$accent}" display-align="center">
            <xsl:call-template name="payment-details"/>
          </fo:table-cell>
          <fo:table-cell padding-left="4mm" display-align="after">
            <xsl:apply-templates select="$payment/qr"/>
            <fo:block/>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
    <xsl:apply-templates select="$payment/payPage"/>
  </xsl:template>

  <xsl:template name="payment-details">
    <fo:block font-weight="bold" space-after="1.5mm"><xsl:value-of select="l:text('payment.title')"/></fo:block>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="35mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="
            ['payment.beneficiary', string($creditor/name)],
            ['payment.iban', l:iban($creditor/iban)],
            if ($creditor/bic) then ['payment.bic', string($creditor/bic)] else (),
            ['payment.amount', $amount],
            ['payment.communication', string($payment/communication)],
            if ($payment/payBy) then ['payment.payBy', l:date($payment/payBy)] else ()">
          <fo:table-row>
            <fo:table-cell><fo:block><xsl:value-of select="l:text(?1)"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block font-weight="bold"><xsl:value-of select="?2"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="qr">
    <fo:block text-align="end" line-height="1">
      <fo:external-graphic src="url('{@src}')" content-width="30mm" content-height="30mm" scaling="uniform"/>
    </fo:block>
    <fo:block text-align="end" font-size="8pt" font-weight="bold">
      <xsl:value-of select="l:text('payment.scan')"/>
    </fo:block>
  </xsl:template>

  <!-- A small second code that opens the debtor's pay page, labelled with the link for those who type it. -->
  <xsl:template match="payPage">
    <fo:table table-layout="fixed" width="100%" space-before="3mm" keep-together.within-page="always">
      <fo:table-column column-width="20mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell>
            <fo:block line-height="1">
              <fo:external-graphic src="url('{qr/@src}')" content-width="18mm" content-height="18mm"
                  scaling="uniform"/>
            </fo:block>
          </fo:table-cell>
          <fo:table-cell padding-left="2mm" display-align="center">
            <fo:block font-weight="bold"><xsl:value-of select="l:text('payPage')"/></fo:block>
            <fo:block font-size="7pt" wrap-option="wrap"><xsl:value-of select="url"/></fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>

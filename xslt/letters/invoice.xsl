<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of an invoice or credit note printed from its UBL 2.1 document, on the pages of letter.xsl with the
  client's letterhead. The hub's own facts (payment reference, QR code, terms) come from /letter; everything
  the invoice says comes from the UBL document under /letter/ubl.
  Limitation: document-level allowances and charges, delivery details, attachments and notes other than the
  payment terms are not printed; the totals they lead to are.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:smartcredit:letters"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    exclude-result-prefixes="xs l cbc cac">

  <xsl:import href="letter.xsl"/>

  <xsl:variable name="ubl" as="element()" select="/letter/ubl/*"/>
  <xsl:variable name="credit-note" as="xs:boolean" select="/letter/@creditNote = 'true'"/>

  <xsl:function name="l:subject" as="xs:string">
    <xsl:sequence select="l:text(if ($credit-note) then 'subject.CREDIT_NOTE' else 'subject.INVOICE')
        || ' ' || $ubl/cbc:ID"/>
  </xsl:function>

  <!-- The buyer's address from the invoice. -->
  <xsl:template name="address">
    <xsl:variable name="party" select="$ubl/cac:AccountingCustomerParty/cac:Party"/>
    <xsl:variable name="address" select="$party/cac:PostalAddress"/>
    <xsl:call-template name="window">
      <xsl:with-param name="lines" select="
          string(($party/cac:PartyName/cbc:Name, $party/cac:PartyLegalEntity/cbc:RegistrationName)[1]),
          $address/(cbc:StreetName, cbc:AdditionalStreetName)/string(),
          normalize-space(string-join(($address/cbc:PostalZone, $address/cbc:CityName), ' ')),
          $address/cac:Country/cbc:IdentificationCode[. ne 'BE']/string()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="body">
    <fo:block font-size="14pt" space-after="3mm" xsl:use-attribute-sets="heading">
      <xsl:value-of select="l:subject()"/>
    </fo:block>
    <xsl:call-template name="facts"/>
    <xsl:call-template name="lines"/>
    <xsl:call-template name="totals"/>
    <xsl:for-each select="$ubl/cac:PaymentTerms/cbc:Note">
      <fo:block space-after="2mm"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <xsl:if test="not($credit-note)">
      <xsl:choose>
        <xsl:when test="$payment/communication">
          <xsl:call-template name="payment-slip"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:block space-before="2mm">
            <xsl:value-of select="l:text('invoice.payWithNumber', map{'amount': $amount,
                'iban': l:iban($creditor/iban), 'creditor': string($creditor/name), 'number': string($ubl/cbc:ID)})"/>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="terms">
      <fo:block space-before="5mm" font-weight="bold" font-size="7.5pt">
        <xsl:value-of select="l:text('invoice.terms')"/>
      </fo:block>
      <fo:block xsl:use-attribute-sets="small" text-align="justify" linefeed-treatment="preserve">
        <xsl:value-of select="terms"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Number, dates and the buyer's references, two columns of label and value. -->
  <xsl:template name="facts">
    <fo:table table-layout="fixed" width="100%" space-after="4mm">
      <fo:table-column column-width="40mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="
            ['invoice.number', string($ubl/cbc:ID)],
            ['column.issued', l:date($ubl/cbc:IssueDate)],
            if ($payment/payBy) then ['column.due', l:date($payment/payBy)] else (),
            if ($ubl/cbc:BuyerReference) then ['invoice.buyerReference', string($ubl/cbc:BuyerReference)] else (),
            if ($ubl/cac:OrderReference/cbc:ID) then ['invoice.order', string($ubl/cac:OrderReference/cbc:ID)]
                else (),
            if ($ubl/cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID)
                then ['invoice.buyerVat',
                    string($ubl/cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID[1])]
                else ()">
          <fo:table-row>
            <fo:table-cell><fo:block><xsl:value-of select="l:text(?1)"/></fo:block></fo:table-cell>
            <fo:table-cell><fo:block font-weight="bold"><xsl:value-of select="?2"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="lines">
    <fo:table table-layout="fixed" width="100%" space-after="2mm">
      <fo:table-column column-width="proportional-column-width(40)"/>
      <fo:table-column column-width="proportional-column-width(13)"/>
      <fo:table-column column-width="proportional-column-width(17)"/>
      <fo:table-column column-width="proportional-column-width(10)"/>
      <fo:table-column column-width="proportional-column-width(20)"/>
      <fo:table-header font-weight="bold" font-size="8.5pt">
        <fo:table-row>
          <xsl:for-each select="'item', 'quantity', 'unitPrice', 'vat', 'lineAmount'">
            <xsl:call-template name="header-cell">
              <xsl:with-param name="key" select="'column.' || ."/>
              <xsl:with-param name="align" select="if (. = 'item') then 'start' else 'end'"/>
            </xsl:call-template>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:apply-templates select="$ubl/(cac:InvoiceLine | cac:CreditNoteLine)"/>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="cac:InvoiceLine | cac:CreditNoteLine">
    <fo:table-row>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block><xsl:value-of select="cac:Item/cbc:Name"/></fo:block>
        <xsl:for-each select="cac:Item/cbc:Description">
          <fo:block xsl:use-attribute-sets="small"><xsl:value-of select="."/></fo:block>
        </xsl:for-each>
      </fo:table-cell>
      <xsl:for-each select="
          l:number((cbc:InvoicedQuantity, cbc:CreditedQuantity)[1], 'quantityPicture'),
          l:money(cac:Price/cbc:PriceAmount),
          l:number(cac:Item/cac:ClassifiedTaxCategory/cbc:Percent, 'quantityPicture'),
          l:money(cbc:LineExtensionAmount)">
        <xsl:call-template name="text-cell">
          <xsl:with-param name="text" select="."/>
          <xsl:with-param name="align" select="'end'"/>
        </xsl:call-template>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <xsl:template name="totals">
    <xsl:variable name="totals" select="$ubl/cac:LegalMonetaryTotal"/>
    <xsl:variable name="vat" select="$ubl/cac:TaxTotal/cbc:TaxAmount[@currencyID = $currency][1]"/>
    <fo:table table-layout="fixed" width="100%" space-after="4mm">
      <fo:table-column column-width="proportional-column-width(70)"/>
      <fo:table-column column-width="proportional-column-width(30)"/>
      <fo:table-body>
        <xsl:for-each select="
            ['invoice.net', $totals/cbc:TaxExclusiveAmount],
            ['invoice.vatTotal', $vat],
            ['invoice.gross', $totals/cbc:TaxInclusiveAmount],
            ['invoice.prepaid', $totals/cbc:PrepaidAmount],
            ['invoice.payable', $totals/cbc:PayableAmount]">
          <xsl:if test="exists(?2)">
            <fo:table-row font-weight="{if (?1 = 'invoice.payable') then 'bold' else 'normal'}">
              <fo:table-cell padding="0.5mm 1.5mm"><fo:block text-align="end"><xsl:value-of select="l:text(?1)"/>
              </fo:block></fo:table-cell>
              <fo:table-cell padding="0.5mm 1.5mm"><fo:block text-align="end"><xsl:value-of select="l:money(?2)"/>
              </fo:block></fo:table-cell>
            </fo:table-row>
          </xsl:if>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>

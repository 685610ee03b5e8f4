<?xml version="1.0" encoding="UTF-8"?>
<!--
  Maps a UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3 or plain UBL) to the hub's canonical claim,
  written as a JSON object whose keys are the components of be.smartcredit.hub.claim.ClaimDocument.

  Absent values become null. Amounts and dates are written as strings so that no precision or scale is lost
  on the way to BigDecimal and LocalDate. A date or amount that cannot be read stops the mapping with an error
  in the scl namespace whose description starts with the element's name, so the hub can say which element.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:inv="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cn="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    xmlns:scl="urn:smartcredit:hub:claim:mapping"
    exclude-result-prefixes="#all">

  <xsl:output method="json" indent="yes"/>

  <!-- The SBDH receiver, when the document came in an envelope; the envelope itself is not mapped here. -->
  <xsl:param name="envelope-receiver-id" as="xs:string?" select="()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="inv:Invoice | cn:CreditNote"/>
  </xsl:template>

  <!-- Limitation: of repeated elements (payment means, payment terms notes, billing references) only the first is
       mapped; the claim has one field for each, and no sample carries more than one that matters for dunning. -->
  <xsl:template match="inv:Invoice | cn:CreditNote">
    <xsl:sequence select="map {
        'documentType': if (self::inv:Invoice) then 'INVOICE' else 'CREDIT_NOTE',
        'typeCode': scl:text(cbc:InvoiceTypeCode | cbc:CreditNoteTypeCode),
        'number': scl:text(cbc:ID),
        'issueDate': scl:date(cbc:IssueDate),
        'dueDate': scl:date((cbc:DueDate, cac:PaymentMeans/cbc:PaymentDueDate)[normalize-space()][1]),
        'currency': scl:text((cbc:DocumentCurrencyCode, scl:payable(.)/@currencyID)[normalize-space()][1]),
        'payableAmount': scl:amount(scl:payable(.)),
        'taxExclusiveAmount': scl:amount(cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount),
        'customizationId': scl:text(cbc:CustomizationID),
        'profileId': scl:text(cbc:ProfileID),
        'buyerReference': scl:text(cbc:BuyerReference),
        'orderReference': scl:text(cac:OrderReference/cbc:ID),
        'billingReference': scl:text(cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID),
        'paymentTermsNote': scl:text(cac:PaymentTerms/cbc:Note),
        'paymentId': scl:text(cac:PaymentMeans/cbc:PaymentID),
        'payeeIban': scl:text(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID),
        'seller': scl:party(cac:AccountingSupplierParty/cac:Party),
        'debtor': scl:party(cac:AccountingCustomerParty/cac:Party),
        'envelopeReceiverId': $envelope-receiver-id
      }"/>
  </xsl:template>

  <xsl:function name="scl:payable" as="element()?">
    <xsl:param name="document" as="element()"/>
    <xsl:sequence select="$document/cac:LegalMonetaryTotal/cbc:PayableAmount[1]"/>
  </xsl:function>

  <xsl:function name="scl:party" as="map(*)?">
    <xsl:param name="parties" as="element()*"/>
    <xsl:variable name="party" select="$parties[1]"/>
    <xsl:sequence select="if (empty($party)) then () else map {
        'name': scl:text(($party/cac:PartyName/cbc:Name, $party/cac:PartyLegalEntity/cbc:RegistrationName)
                         [normalize-space()][1]),
        'legalName': scl:text($party/cac:PartyLegalEntity/cbc:RegistrationName),
        'endpointId': scl:text($party/cbc:EndpointID),
        'endpointScheme': scl:text($party/cbc:EndpointID/@schemeID),
        'vatId': scl:text($party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID),
        'companyId': scl:text($party/cac:PartyLegalEntity/cbc:CompanyID),
        'email': scl:text($party/cac:Contact/cbc:ElectronicMail),
        'phone': scl:text($party/cac:Contact/cbc:Telephone),
        'address': scl:address($party/cac:PostalAddress)
      }"/>
  </xsl:function>

  <xsl:function name="scl:address" as="map(*)?">
    <xsl:param name="addresses" as="element()*"/>
    <xsl:variable name="address" select="$addresses[1]"/>
    <xsl:sequence select="if (empty($address)) then () else map {
        'street': scl:text($address/cbc:StreetName),
        'additionalStreet': scl:text($address/cbc:AdditionalStreetName),
        'city': scl:text($address/cbc:CityName),
        'postalZone': scl:text($address/cbc:PostalZone),
        'countryCode': scl:text($address/cac:Country/cbc:IdentificationCode)
      }"/>
  </xsl:function>

  <!-- The first node's text with its white space collapsed; empty when there is no text. -->
  <xsl:function name="scl:text" as="xs:string?">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" select="normalize-space(string($nodes[1]))"/>
    <xsl:sequence select="if ($text) then $text else ()"/>
  </xsl:function>

  <!-- An ISO date (YYYY-MM-DD); a time zone the document adds is dropped, the calendar day is what counts. -->
  <xsl:function name="scl:date" as="xs:string?">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" select="scl:text($nodes)"/>
    <xsl:choose>
      <xsl:when test="empty($text)"/>
      <xsl:when test="$text castable as xs:date">
        <xsl:sequence select="format-date(xs:date($text), '[Y0001]-[M01]-[D01]')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="error(xs:QName('scl:unreadable-value'),
            scl:name($nodes[1]) || ': ''' || $text || ''' is not a date (YYYY-MM-DD)')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A decimal amount as the document wrote it, so that its scale is kept. -->
  <xsl:function name="scl:amount" as="xs:string?">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" select="scl:text($nodes)"/>
    <xsl:choose>
      <xsl:when test="empty($text)"/>
      <xsl:when test="$text castable as xs:decimal">
        <xsl:sequence select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="error(xs:QName('scl:unreadable-value'),
            scl:name($nodes[1]) || ': ''' || $text || ''' is not an amount')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The element's name with the usual UBL prefix, whatever prefix the document happens to use. -->
  <xsl:function name="scl:name" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="prefix" select="
        if (namespace-uri($node) = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2')
        then 'cbc:' else ''"/>
    <xsl:sequence select="$prefix || local-name($node)"/>
  </xsl:function>

</xsl:stylesheet>

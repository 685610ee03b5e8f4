<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the formal notice and of the lawyer's letter, on the pages of letter.xsl. Both show the debt with
  its full calculation and the mentions of the Law of 20 December 2002 on the amicable collection of consumer
  debts (art. 6): creditor, agency or lawyer, supervising authority, the debt and the term of at least 15 days.
  The lawyer's letter carries the lawyer's letterhead, the statement that the collection is still amicable,
  and announces court proceedings.
  A business debt (consumer-debt="false") gets the parties' details without the 2002 law's heading and
  supervising authority, as that law covers consumer debts only.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:smartcredit:letters"
    exclude-result-prefixes="xs l">

  <xsl:import href="letter.xsl"/>

  <xsl:variable name="lawyer-letter" as="xs:boolean" select="/letter/@kind = 'LAWYER_LETTER'"/>
  <xsl:variable name="prefix" as="xs:string" select="if ($lawyer-letter) then 'lawyer.' else 'notice.'"/>

  <xsl:template name="body">
    <xsl:call-template name="opening"/>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="$prefix || 'intro'"/></xsl:call-template>
    <xsl:if test="mandate">
      <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'notice.mandate'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$lawyer-letter">
      <!-- The law wants this statement in a paragraph of its own, in bold. -->
      <xsl:call-template name="paragraph">
        <xsl:with-param name="key" select="'lawyer.amicable'"/>
        <xsl:with-param name="bold" select="true()"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="section-title"><xsl:with-param name="key" select="'debt.title'"/></xsl:call-template>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'debt.origin'"/></xsl:call-template>
    <xsl:apply-templates select="debt"/>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="$prefix || 'term'"/></xsl:call-template>
    <xsl:call-template name="paragraph">
      <xsl:with-param name="key" select="$prefix || 'consequence'"/>
      <xsl:with-param name="bold" select="$lawyer-letter"/>
    </xsl:call-template>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'notice.contest'"/></xsl:call-template>
    <xsl:variable name="consumer-debt" as="xs:boolean" select="not(/letter/@consumer-debt = 'false')"/>
    <xsl:call-template name="mentions">
      <xsl:with-param name="title-key"
          select="if ($consumer-debt) then 'notice.legalTitle' else 'notice.partiesTitle'"/>
      <xsl:with-param name="keys" select="'notice.creditor', if (agency) then 'notice.agency' else (),
          if ($consumer-debt and agency/registration) then 'notice.registration' else (),
          if (lawyer) then 'notice.lawyer' else (), if ($consumer-debt) then 'notice.authority' else ()"/>
    </xsl:call-template>
    <xsl:call-template name="signature">
      <xsl:with-param name="closing-key" select="$prefix || 'closing'"/>
    </xsl:call-template>
    <xsl:if test="lawyer">
      <fo:block><xsl:value-of select="l:text('lawyer.capacity', map{'bar': string(lawyer/bar)})"/></fo:block>
    </xsl:if>
    <xsl:call-template name="payment-slip"/>
  </xsl:template>

  <!-- The calculation: one section per kind of amount, each line saying how it came about. -->
  <xsl:template match="debt">
    <fo:table table-layout="fixed" width="100%" space-after="3mm">
      <fo:table-column column-width="proportional-column-width(74)"/>
      <fo:table-column column-width="proportional-column-width(26)"/>
      <fo:table-header font-weight="bold" font-size="8.5pt">
        <fo:table-row>
          <xsl:call-template name="header-cell"><xsl:with-param name="key" select="'column.description'"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="key" select="'column.amount'"/>
            <xsl:with-param name="align" select="'end'"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:call-template name="section">
          <xsl:with-param name="key" select="'debt.principal'"/>
          <xsl:with-param name="lines" select="principal"/>
        </xsl:call-template>
        <xsl:call-template name="section">
          <xsl:with-param name="key" select="'debt.interest'"/>
          <xsl:with-param name="lines" select="interest"/>
        </xsl:call-template>
        <xsl:call-template name="section">
          <xsl:with-param name="key" select="'debt.charges'"/>
          <xsl:with-param name="lines" select="charge"/>
        </xsl:call-template>
        <xsl:call-template name="section">
          <xsl:with-param name="key" select="'debt.deductions'"/>
          <xsl:with-param name="lines" select="deduction"/>
        </xsl:call-template>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="l:text('debt.total')"/>
          <xsl:with-param name="value" select="l:money(@total)"/>
          <xsl:with-param name="span" select="1"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="section">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lines" as="element()*"/>
    <xsl:if test="$lines">
      <fo:table-row keep-with-next.within-page="always">
        <fo:table-cell number-columns-spanned="2" padding="1.5mm 1.5mm 0.5mm 1.5mm">
          <fo:block xsl:use-attribute-sets="heading"><xsl:value-of select="l:text($key)"/></fo:block>
        </fo:table-cell>
      </fo:table-row>
      <xsl:apply-templates select="$lines"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="principal | interest | charge | deduction">
    <fo:table-row>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block>
          <xsl:value-of select="normalize-space(l:text('line.' || local-name(), l:line-values(.)))"/>
        </fo:block>
        <xsl:if test="@description">
          <fo:block xsl:use-attribute-sets="small"><xsl:value-of select="@description"/></fo:block>
        </xsl:if>
        <xsl:if test="@rule">
          <fo:block xsl:use-attribute-sets="small"><xsl:value-of select="@rule"/></fo:block>
        </xsl:if>
      </fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="cell">
        <fo:block text-align="end">
          <xsl:value-of select="(if (self::deduction) then '− ' else '') || l:money(@amount)"/>
        </fo:block>
      </fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- The values one line of the calculation may name. -->
  <xsl:function name="l:line-values" as="map(xs:string, xs:string)">
    <xsl:param name="line" as="element()"/>
    <xsl:sequence select="map{
        'invoice': if ($line/@invoice) then l:text('debt.onInvoice', map{'invoice': string($line/@invoice)})
            else l:text('debt.onPrincipal'),
        'number': string($line/@invoice),
        'issued': l:date($line/@issued),
        'due': l:date($line/@due),
        'from': l:date($line/@from),
        'to': l:date($line/@to),
        'days': string($line/@days),
        'rate': l:number($line/@rate, 'ratePicture'),
        'basis': if ($line/@basis) then l:text('basis.' || $line/@basis) else '',
        'kind': if ($line/@kind) then l:text(local-name($line) || '.' || $line/@kind) else '',
        'date': l:date($line/@date),
        'reference': string($line/@reference)}"/>
  </xsl:function>
</xsl:stylesheet>

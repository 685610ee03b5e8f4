<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the reminder letters (reminder 1 and 2), on the pages of letter.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:smartcredit:letters"
    exclude-result-prefixes="xs l">

  <xsl:import href="letter.xsl"/>

  <xsl:template name="body">
    <xsl:call-template name="opening"/>
    <fo:block space-after="3mm"><xsl:value-of select="l:text('intro.' || @kind)"/></fo:block>
    <xsl:apply-templates select="invoices"/>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'request'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="@bookXix = 'true'">
        <xsl:call-template name="legal-mentions"/>
      </xsl:when>
      <xsl:when test="$payment/lumpSumIfUnpaid">
        <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'lumpSum'"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'alreadyPaid'"/></xsl:call-template>
    <xsl:call-template name="signature"/>
    <xsl:call-template name="payment-slip"/>
  </xsl:template>

  <xsl:template match="invoices">
    <xsl:variable name="withReceived" select="exists(invoice/received)"/>
    <xsl:variable name="columns" select="('invoice', 'issued', 'due', if ($withReceived) then 'received' else (),
        'open')"/>
    <fo:table table-layout="fixed" width="100%" space-after="3mm">
      <!-- Wide enough for the longest column title in any language (German "Rechnungsdatum"). -->
      <fo:table-column column-width="proportional-column-width(28)"/>
      <fo:table-column column-width="proportional-column-width(24)"/>
      <fo:table-column column-width="proportional-column-width(22)"/>
      <xsl:if test="$withReceived">
        <fo:table-column column-width="proportional-column-width(22)"/>
      </xsl:if>
      <fo:table-column column-width="proportional-column-width(26)"/>
      <fo:table-header font-weight="bold" font-size="8.5pt">
        <fo:table-row>
          <xsl:for-each select="$columns">
            <xsl:call-template name="header-cell">
              <xsl:with-param name="key" select="'column.' || ."/>
              <xsl:with-param name="align" select="if (. = ('open', 'received')) then 'end' else 'start'"/>
            </xsl:call-template>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:apply-templates select="invoice"/>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="l:text('total')"/>
          <xsl:with-param name="value" select="l:money(total)"/>
          <xsl:with-param name="span" select="count($columns) - 1"/>
        </xsl:call-template>
        <xsl:apply-templates select="dues">
          <xsl:with-param name="span" select="count($columns) - 1"/>
        </xsl:apply-templates>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="invoice">
    <fo:table-row>
      <xsl:for-each select="string(number), l:date(issued), l:date(due)">
        <xsl:call-template name="text-cell"><xsl:with-param name="text" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="received, open">
        <xsl:call-template name="text-cell">
          <xsl:with-param name="text" select="l:money(.)"/>
          <xsl:with-param name="align" select="'end'"/>
        </xsl:call-template>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <!-- What is owed on the letter's date beyond the open amounts: interest and charges, then the total asked. -->
  <xsl:template match="dues">
    <xsl:param name="span" as="xs:integer"/>
    <xsl:variable name="dues" select="."/>
    <xsl:for-each select="('interest', 'charges')">
      <xsl:variable name="name" select="."/>
      <fo:table-row keep-with-previous.within-page="always">
        <fo:table-cell number-columns-spanned="{$span}" padding="1.5mm">
          <fo:block><xsl:value-of select="l:text('debt.' || $name)"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding="1.5mm">
          <fo:block text-align="end"><xsl:value-of select="l:money($dues/@*[local-name() = $name])"/></fo:block>
        </fo:table-cell>
      </fo:table-row>
    </xsl:for-each>
    <xsl:call-template name="total-row">
      <xsl:with-param name="label" select="l:text('debt.total')"/>
      <xsl:with-param name="value" select="l:money(@total)"/>
      <xsl:with-param name="span" select="$span"/>
    </xsl:call-template>
  </xsl:template>

  <!-- What a first reminder to a consumer must state (Code of Economic Law, book XIX); the letter data says
       when (bookXix). The pay-by date (14 days from the third working day after sending) is the caller's. -->
  <xsl:template name="legal-mentions">
    <xsl:call-template name="mentions">
      <xsl:with-param name="title-key" select="'legal.title'"/>
      <xsl:with-param name="keys" select="'legal.free', 'legal.debt', 'legal.creditor', 'legal.term',
          if ($payment/lumpSumIfUnpaid) then 'lumpSum' else ()"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>

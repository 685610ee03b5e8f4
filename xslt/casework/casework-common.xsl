<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the casework documents share: the texts of the document's language (texts-<language>.xml next to this
  file, chosen by the root element's language attribute), a text with its {name} values filled in, the page
  and a label-value table row.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:c="urn:smartcredit:casework"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="xs c">

  <xsl:variable name="language" as="xs:string" select="(/*/@language, 'en')[1]"/>
  <xsl:variable name="texts" as="element(texts)" select="document('texts-' || $language || '.xml')/texts"/>

  <xsl:function name="c:text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="text" select="$texts/text[@key = $key]"/>
    <xsl:if test="empty($text)">
      <xsl:sequence select="error(xs:QName('c:missing-text'), 'no text ' || $key || ' for ' || $language)"/>
    </xsl:if>
    <xsl:sequence select="normalize-space($text)"/>
  </xsl:function>

  <xsl:function name="c:text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, xs:string)"/>
    <xsl:sequence select="fold-left(map:keys($values), c:text($key), function($text, $name) {
        replace($text, '{' || $name || '}', $values($name), 'q') })"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:template name="c:page-master">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm">
        <fo:region-body margin="25mm 20mm 20mm 20mm"/>
      </fo:simple-page-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="c:title">
    <xsl:param name="title" as="xs:string"/>
    <fo:declarations>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title><xsl:value-of select="$title"/></dc:title>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:template name="c:row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value)">
      <fo:table-row>
        <fo:table-cell padding="1mm"><fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="$value"/></fo:block></fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>

{{- define "lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .name }}
  namespace: {{ .ctx.Release.Namespace }}
data:
  {{- range $k, $v := .data }}
  {{ $k }}: {{ $v | toYaml | quote }}
  {{- end }}
{{- end }}

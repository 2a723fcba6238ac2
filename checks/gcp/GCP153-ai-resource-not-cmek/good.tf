variable "key" {
  type = string
}

resource "google_vertex_ai_dataset" "images" {
  display_name        = "images"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
  region              = "europe-west4"

  encryption_spec {
    kms_key_name = "projects/acme-prod/locations/europe-west4/keyRings/ml/cryptoKeys/vertex"
  }
}

resource "google_document_ai_processor" "invoices" {
  location     = "eu"
  display_name = "invoices"
  type         = "INVOICE_PROCESSOR"
  kms_key_name = "projects/acme-prod/locations/eu/keyRings/ml/cryptoKeys/docai"
}

# Unknown here: no finding.
resource "google_vertex_ai_featurestore" "from_variable" {
  name   = "features"
  region = "europe-west4"

  encryption_spec {
    kms_key_name = var.key
  }
}

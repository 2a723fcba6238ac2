resource "google_vertex_ai_dataset" "images" { # expect: GCP153
  display_name        = "images"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
  region              = "europe-west4"
}

resource "google_vertex_ai_tensorboard" "training" { # expect: GCP153
  display_name = "training"
  region       = "europe-west4"
}

resource "google_document_ai_processor" "invoices" { # expect: GCP153
  location     = "eu"
  display_name = "invoices"
  type         = "INVOICE_PROCESSOR"
}

variable "group" {
  type = string
}

resource "google_bigquery_dataset" "private" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "data-owner@acme.example"
  }

  access {
    role          = "READER"
    special_group = "projectReaders"
  }

  # Unknown here: no finding.
  access {
    role          = "READER"
    special_group = var.group
  }
}

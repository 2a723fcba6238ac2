variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "state" {
  bucket = "corp-terraform-state"
}

# Passes only thanks to the companion resource.
resource "aws_s3_bucket_versioning" "state" {
  bucket = aws_s3_bucket.state.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "corp-legacy"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "configurable" {
  bucket = "corp-configurable"
}

# Unknown status: no finding.
resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  versioning_configuration {
    status = var.versioning_status
  }
}

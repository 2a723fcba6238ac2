resource "aws_glue_security_configuration" "enc" {
  name = "enc"
  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = var.key_arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = var.key_arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = var.key_arn
    }
  }
}

variable "key_arn" {
  type = string
}

resource "aws_glue_job" "etl" {
  name                   = "etl"
  role_arn               = "arn:aws:iam::123456789012:role/glue"
  security_configuration = aws_glue_security_configuration.enc.name
  command {
    script_location = "s3://scripts/etl.py"
  }
}

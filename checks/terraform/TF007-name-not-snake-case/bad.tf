resource "aws_s3_bucket" "LogBucket" {  # expect: TF007
  bucket = "example-logs"
}

data "aws_iam_policy_document" "read-only" {  # expect: TF007
}

module "NetworkCore" {  # expect: TF007
  source = "./modules/network"
}

variable "instanceCount" {  # expect: TF007
  type        = number
  description = "How many instances run."
}

output "bucket-arn" {  # expect: TF007
  description = "ARN of the log bucket."
  value       = "arn:aws:s3:::example-logs"
}

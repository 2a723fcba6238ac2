resource "aws_s3_bucket" "log_bucket" {
  bucket = "Example-Logs"
}

data "aws_iam_policy_document" "read_only" {
}

module "network_core" {
  source = "./modules/network"
}

variable "instance_count" {
  type        = number
  description = "How many instances run."
}

output "bucket_arn" {
  description = "ARN of the log bucket."
  value       = "arn:aws:s3:::example-logs"
}

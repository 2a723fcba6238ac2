# The VPC id goes through a local that a subnet reads first; the flow log still refers to the VPC.
locals {
  network_id = aws_vpc.core.id
}

resource "aws_vpc" "core" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "core_a" {
  vpc_id     = local.network_id
  cidr_block = "10.20.1.0/24"
}

resource "aws_s3_bucket" "flow_logs" {
  bucket = "corp-core-flow-logs"
}

resource "aws_flow_log" "core" {
  vpc_id               = local.network_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}

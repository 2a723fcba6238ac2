resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = var.private_subnets
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

variable "private_subnets" {
  type    = list(string)
  default = ["subnet-0123456789abcdef0"]
}

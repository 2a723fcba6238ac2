resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      LOG_LEVEL   = "info"
      DB_PASSWORD = "s3cr3t-hunter2" # expect: AWS060
    }
  }
}
